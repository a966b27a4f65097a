package io.retort.cli;

import io.retort.AutogenRequest;
import io.retort.RetortException;
import io.retort.autogen.AutogenResult;
import io.retort.autogen.CheckReport;
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

    @Option(names = "--autogenerate", description = "Fill the revision with the operations that turn the database (which must be at head) into the entity model.")
    boolean autogenerate;

    @Option(names = "--allow-empty", description = "With --autogenerate: write the revision even when the model and the database match.")
    boolean allowEmpty;

    @Option(names = "--from-revisions", description = "With --autogenerate: compare with the revisions replayed into a scratch database (made beside the environment's, then dropped).")
    boolean fromRevisions;

    @Option(names = {"-v", "--verbose"}, description = "With --autogenerate: print how long the inspect, read and diff phases took.")
    boolean verbose;

    @Override
    public Integer call() {
        RevisionRequest request = RevisionRequest.of(message).withRevId(revId).onto(head, splice)
                .withBranchLabels(branchLabels).withDependsOn(dependsOn).inFolder(versionPath);
        if (!autogenerate) {
            if (allowEmpty || fromRevisions) {
                throw new RetortException("--allow-empty and --from-revisions go with --autogenerate; add it, or leave them out");
            }
            print(parent.project.retort().revision(request));
            return 0;
        }
        AutogenResult result = parent.project.retort().autogenerate(new AutogenRequest(request, allowEmpty, fromRevisions));
        CheckReport report = result.report();
        CheckNotes.print(report, verbose, parent.err());
        report.differences().forEach(line -> parent.out().println("Detected " + line));
        result.file().ifPresentOrElse(this::print, () -> parent.out().println(
                "No changes between the model and " + report.compared() + "; no revision written (--allow-empty writes one anyway)."));
        return 0;
    }

    private void print(Path file) {
        parent.out().println("Generating " + file.toAbsolutePath() + " ...  done");
    }
}
