package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Record the current checksum of applied revisions whose file changed, after you reviewed the change.")
final class RepairCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "REV", description = "The revisions to repair.")
    List<String> revisions = List.of();

    @Option(names = "--all", description = "Every applied revision 'retort validate' reports changed.")
    boolean all;

    @Option(names = "--yes", description = "Confirm a repair in an environment that asks for confirmation.")
    boolean confirmed;

    @Override
    public Integer call() {
        if (all == !revisions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the revisions to repair, or --all");
        }
        var retort = TerminalConfirmation.retort(parent, confirmed, r -> List.of("repair "
                + (all ? "--all" : String.join(" ", revisions)) + " on " + r.describeTarget()), "Run this on %2$s?");
        if (retort.isEmpty()) {
            return 1;
        }
        List<String> repaired = retort.get().repair(revisions);
        parent.out().println(repaired.isEmpty() ? "Nothing to repair."
                : "Recorded the current checksum of " + String.join(", ", repaired));
        return 0;
    }
}
