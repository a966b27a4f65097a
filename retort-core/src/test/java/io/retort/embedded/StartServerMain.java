package io.retort.embedded;

import java.nio.file.Path;

/** Run in a child JVM: starts the project's embedded server and prints "port pid". */
public final class StartServerMain {
    private StartServerMain() {}

    public static void main(String[] args) {
        EmbeddedPostgres server = EmbeddedPostgres.forProject(Path.of(args[0]), EmbeddedSettings.defaults());
        server.jdbcUrl("retort");
        EmbeddedPostgres.Status status = server.status();
        System.out.println("SERVER " + status.port() + " " + status.pid());
    }
}
