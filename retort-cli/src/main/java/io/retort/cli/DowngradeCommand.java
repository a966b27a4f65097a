package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert revisions down to a target (-1, an id, base, label@-1, ...).")
final class DowngradeCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "TARGET", description = "Where to go; a start:end range with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline mode).")
    boolean sql;

    @Option(names = "--yes", description = "Confirm a downgrade in an environment that asks for confirmation.")
    boolean confirmed;

    @Override
    public Integer call() {
        var retort = TerminalConfirmation.retort(parent, confirmed || sql,
                r -> List.of("downgrade to " + target + " on " + r.describeTarget()), "Run this on %2$s?");
        if (retort.isEmpty()) {
            return 1;
        }
        if (sql) {
            parent.out().print(retort.get().downgradeSql(target));
            return 0;
        }
        InterruptHook.around(retort.get(), parent.project.progress(), parent.err(), () -> retort.get().downgrade(target));
        return 0;
    }
}
