package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Control the embedded PostgreSQL of this project: status, stop, reset.")
final class DbCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "ACTION", description = "status, stop or reset (stop and delete its data).")
    String action;

    @Override
    public Integer call() {
        parent.out().println(parent.project.embedded(action));
        return 0;
    }
}
