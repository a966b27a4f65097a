package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Python Alembic (Debian's {@code /usr/bin/alembic}) on the same workload, one process per
 * command, taking turns exactly as {@link RetortCli} does: the one-transaction upgrade cold
 * (no {@code __pycache__}) and then warm, each on its own fresh database; the per-migration
 * sequence warm, or cold when {@code coldSequence}.
 */
record AlembicCli(String name, AlembicProject project, boolean coldSequence) implements Contender {

    static List<String> command(Path ini, String... args) {
        List<String> command = new ArrayList<>(List.of(AlembicProject.COMMAND.toString(), "-c", ini.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public List<Invocation> commands(Case c, String database) {
        Path ini = project.writeMigrationConfig(database, c != Case.FRESH_UPGRADE_ONE_TRANSACTION);
        List<String> upgrade = command(ini, "upgrade", "head");
        return switch (c) {
            case FRESH_UPGRADE -> List.of(upgrade(upgrade, coldSequence, "transaction_per_migration=True"));
            case FRESH_UPGRADE_ONE_TRANSACTION -> List.of(
                    upgrade(upgrade, true, "one transaction: begin_transaction()"),
                    upgrade(upgrade, false, "one transaction: begin_transaction()"));
            case NOOP_UPGRADE -> List.of(new Invocation("alembic upgrade head (warm __pycache__)", upgrade));
            case STATUS -> List.of(
                    new Invocation("alembic current (warm __pycache__)", command(ini, "current")),
                    new Invocation("alembic history (warm __pycache__)", command(ini, "history")),
                    new Invocation("alembic heads (warm __pycache__)", command(ini, "heads")));
            case DOWNGRADE_BASE -> List.of(new Invocation("alembic downgrade base (warm __pycache__, transaction_per_migration=True)",
                    command(ini, "downgrade", "base")));
            case BULK_INSERT, CHECK, SMARTEM_UPGRADE, SMARTEM_CURRENT -> List.of();
        };
    }

    private Invocation upgrade(List<String> command, boolean cold, String transactions) {
        Invocation upgrade = new Invocation("alembic upgrade head (" + (cold ? "cold, no __pycache__" : "warm __pycache__")
                + ", " + transactions + ")", command);
        return cold ? upgrade.clearingFirst(project.bytecodeCaches().toArray(Path[]::new)) : upgrade;
    }
}
