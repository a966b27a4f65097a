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

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        if (sql) {
            parent.out().print(retort.upgradeSql(target));
        } else {
            retort.upgrade(target, ignoreChecksums);
        }
        return 0;
    }
}
