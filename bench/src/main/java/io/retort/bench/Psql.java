package io.retort.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The floor: psql running the plain SQL. For the read-only cases the floor is psql connecting
 * and running {@code SELECT 1}, the least any tool must do to answer.
 */
record Psql(WorkFolder folder) implements Contender {

    static List<String> command(String database, String... args) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", Scratch.HOST, "-p", String.valueOf(Scratch.PORT), "-U", Scratch.USER, "-d", database));
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public String name() {
        return "psql (floor)";
    }

    @Override
    public boolean floor() {
        return true;
    }

    @Override
    public List<Invocation> commands(Case c, String database) {
        return switch (c) {
            case FRESH_UPGRADE -> List.of(new Invocation("psql -f upgrade_per_migration.sql",
                    command(database, "-f", folder.psqlUpgradePerMigration().toString())));
            case FRESH_UPGRADE_ONE_TRANSACTION -> List.of(new Invocation("psql -1 -f upgrade.sql",
                    command(database, "-1", "-f", folder.psqlUpgradeScript().toString())));
            case NOOP_UPGRADE, STATUS -> List.of(new Invocation("psql -c 'SELECT 1'", command(database, "-tAc", "SELECT 1")));
            case DOWNGRADE_BASE -> List.of(new Invocation("psql -f downgrade_per_migration.sql",
                    command(database, "-f", folder.psqlDowngradePerMigration().toString())));
            case BULK_INSERT, CHECK, SMARTEM_UPGRADE, SMARTEM_CURRENT -> List.of();
        };
    }
}
