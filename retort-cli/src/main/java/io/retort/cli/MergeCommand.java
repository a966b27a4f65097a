package io.retort.cli;

import io.retort.script.authoring.RevisionRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", mixinStandardHelpOptions = true, description = "Create a revision that merges two or more heads.")
final class MergeCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(arity = "1..*", paramLabel = "REVISION", description = "The revisions to merge, or 'heads'.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, description = "What the merge is for.")
    String message = "merge";

    @Option(names = "--rev-id", description = "The id to use instead of 12 random hex digits.")
    String revId;

    @Option(names = "--branch-label", description = "A branch label for the merge revision.")
    List<String> branchLabels = List.of();

    @Override
    public Integer call() {
        var file = parent.project.retort().revision(RevisionRequest.merge(message, revisions)
                .withRevId(revId).withBranchLabels(branchLabels));
        parent.out().println("Generating " + file.toAbsolutePath() + " ...  done");
        return 0;
    }
}
