package io.retort.bench;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.internal.info.MigrationInfoDumper;

/**
 * Flyway as the benchmark runs it, one command per process: {@code migrate} or {@code info}
 * against a database, with migrations from a folder. It calls Flyway's Java API the way a
 * small launcher would, with Flyway's defaults (one transaction per migration, validate on
 * migrate).
 */
public final class FlywayMain {
    private FlywayMain() {}

    /**
     * {@code FlywayMain migrate|migrate-group|info <database> <migrations folder>};
     * {@code migrate-group} runs every pending migration in one transaction.
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FlywayMain migrate|migrate-group|info <database> <migrations folder>");
        }
        Flyway flyway = Flyway.configure()
                .dataSource(Scratch.jdbcUrl(args[1]), Scratch.USER, "")
                .locations("filesystem:" + Path.of(args[2]).toAbsolutePath())
                .group(args[0].equals("migrate-group"))
                .load();
        switch (args[0]) {
            case "migrate", "migrate-group" -> System.out.println(flyway.migrate().migrationsExecuted + " migrations applied");
            // The same table Flyway's command line prints for "flyway info".
            case "info" -> System.out.println(MigrationInfoDumper.dumpToAsciiTable(flyway.info().all()));
            default -> throw new IllegalArgumentException("unknown command " + args[0] + ": use migrate, migrate-group or info");
        }
    }
}
