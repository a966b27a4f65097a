package io.retort.cli;

import io.retort.embedded.EmbeddedServers;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Control the embedded PostgreSQL of this project: status, stop, reset; or of every project: list, prune.")
final class DbCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "status, stop or reset (stop and delete its data).")
    String action;

    @Override
    public Integer call() {
        parent.out().println(parent.project.embedded(action == null ? "" : action));
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every embedded PostgreSQL of this user: project, port, pid, data size, idle since.")
    int list() {
        return print(EmbeddedServers.ofThisUser().list(), "", "no embedded PostgreSQL servers");
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Stop the embedded PostgreSQL servers whose project is gone and delete their data.")
    int prune() {
        return print(EmbeddedServers.ofThisUser().prune(), "removed ", "no embedded PostgreSQL server has lost its project");
    }

    private int print(List<EmbeddedServers.Listing> servers, String prefix, String none) {
        servers.forEach(server -> parent.out().println(prefix + server.describe()));
        if (servers.isEmpty()) {
            parent.out().println(none);
        }
        return 0;
    }
}
