package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the version table to the given revisions without running any migration.")
final class StampCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(arity = "1..*", paramLabel = "REVISION", description = "One or more targets.")
    List<String> targets;

    @Option(names = "--purge", description = "Empty the version table first.")
    boolean purge;

    @Option(names = "--yes", description = "Confirm a stamp in an environment that asks for confirmation.")
    boolean confirmed;

    @Override
    public Integer call() {
        var retort = TerminalConfirmation.retort(parent, confirmed, r -> List.of("stamp " + String.join(" ", targets)
                + (purge ? " --purge" : "") + " on " + r.describeTarget()), "Run this on %2$s?");
        retort.ifPresent(r -> InterruptHook.around(r, parent.project.progress(), parent.err(), () -> {
            r.stamp(targets, purge);
            return null;
        }));
        return retort.isPresent() ? 0 : 1;
    }
}
