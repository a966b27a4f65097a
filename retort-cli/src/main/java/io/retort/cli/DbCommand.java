package io.retort.cli;

import io.retort.RetortException;
import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedServers;
import java.io.Console;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Control the embedded PostgreSQL of this project: status, stop, reset; or of every project: list, prune.")
final class DbCommand {
    @ParentCommand RetortCommand parent;

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Whether it runs, its port, pid and data folder, and the psql command to connect.")
    int status() {
        parent.out().println(server().status().describe(parent.project.embeddedDatabase()));
        return 0;
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the server; the data stays, and the next command starts it again.")
    int stop() {
        EmbeddedPostgres server = server();
        server.stop();
        parent.out().println("stopped the embedded PostgreSQL; its data stays in " + server.dataDir());
        return 0;
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Stop the server and delete its data: the next command starts from scratch.")
    int reset(@Option(names = "--yes", description = "Delete without asking (for scripts).") boolean yes) {
        EmbeddedPostgres server = server();
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                throw new RetortException("db reset deletes every database of the embedded PostgreSQL in "
                        + server.dataDir() + "; there is no terminal to ask, so pass --yes to confirm");
            }
            String answer = console.readLine("Delete every database of the embedded PostgreSQL in %s? [y/N] ",
                    server.dataDir());
            if (!TerminalConfirmation.yes(answer)) {
                parent.out().println("nothing deleted");
                return 1;
            }
        }
        server.reset();
        parent.out().println("stopped the embedded PostgreSQL and deleted its data in " + server.dataDir());
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

    private EmbeddedPostgres server() {
        return parent.project.embedded();
    }
}
