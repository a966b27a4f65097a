package io.retort.cli;

import io.retort.script.authoring.RevisionRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = {"-m", "--message"}, description = "What the revision does.")
    String message = "";

    @Option(names = "--rev-id", description = "The id to use instead of 12 random hex digits.")
    String revId;

    @Option(names = "--head", description = "The head to build on (default: the single head); 'base' starts a new root.")
    String head = "head";

    @Option(names = "--splice", description = "Allow a --head that is not a head, making a branch.")
    boolean splice;

    @Option(names = "--branch-label", description = "A branch label for the new revision.")
    List<String> branchLabels = List.of();

    @Option(names = "--depends-on", description = "Revisions this one depends on.")
    List<String> dependsOn = List.of();

    @Option(names = "--version-path", description = "The folder to write to, one of the script locations.")
    Path versionPath;

    @Override
    public Integer call() {
        Path file = parent.project.retort().revision(new RevisionRequest(message, revId, head, splice,
                branchLabels, dependsOn, versionPath, List.of()));
        parent.out().println("Generating " + file.toAbsolutePath() + " ...  done");
        return 0;
    }
}
