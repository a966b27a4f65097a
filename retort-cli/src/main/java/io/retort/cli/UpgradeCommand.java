package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply revisions up to a target (head, heads, an id, label@head, +N, ...).")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "Where to go (default: ${DEFAULT-VALUE}); a start:end range with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline mode).")
    boolean sql;

    @Option(names = "--ignore-checksums",
            description = "Run even if an applied revision's file changed since it ran (see validate and repair).")
    boolean ignoreChecksums;

    @Option(names = "--yes", description = "Confirm an upgrade in an environment that asks for confirmation.")
    boolean confirmed;

    @Override
    public Integer call() {
        var retort = TerminalConfirmation.retort(parent, confirmed || sql, r -> r.plan(target),
                "Apply these %d revisions to %s?");
        if (retort.isEmpty()) {
            return 1;
        }
        if (sql) {
            parent.out().print(retort.get().upgradeSql(target));
        } else {
            // Without a terminal and without --yes, the environment's own check refuses, changing nothing.
            InterruptHook.around(retort.get(), parent.project.progress(), parent.err(),
                    () -> retort.get().upgrade(target, ignoreChecksums));
        }
        return 0;
    }
}
