package io.retort.bench;

import java.util.List;

/**
 * Liquibase through its {@code CommandScope} API ({@link LiquibaseMain}), one fresh JVM per
 * command. Its anonymous analytics are switched off, as they would be on a machine without
 * internet access; the run must not wait on a remote server.
 */
record LiquibaseJava(JavaCommand java, WorkFolder folder) implements Contender {

    LiquibaseJava {
        java = java.withProperty("liquibase.analytics.enabled", "false");
    }

    @Override
    public String name() {
        return "Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion();
    }

    @Override
    public List<Invocation> commands(Case c, String database) {
        String changelog = folder.liquibaseChangelog().toString();
        return switch (c) {
            case FRESH_UPGRADE, NOOP_UPGRADE -> List.of(new Invocation("liquibase update", java.main(LiquibaseMain.class, "update", database, changelog)));
            case STATUS -> List.of(
                    new Invocation("liquibase status --verbose", java.main(LiquibaseMain.class, "status", database, changelog)),
                    new Invocation("liquibase history", java.main(LiquibaseMain.class, "history", database, changelog)));
            case DOWNGRADE_BASE -> List.of(new Invocation("liquibase rollback-count " + folder.workload().revisions(),
                    java.main(LiquibaseMain.class, "rollbackCount", database, changelog, String.valueOf(folder.workload().revisions()))));
            case FRESH_UPGRADE_ONE_TRANSACTION, BULK_INSERT, CHECK, SMARTEM_UPGRADE, SMARTEM_CURRENT -> List.of();
        };
    }

    @Override
    public String missing(Case c) {
        return c == Case.FRESH_UPGRADE_ONE_TRANSACTION
                ? "no option to run all changesets in one transaction" : Contender.super.missing(c);
    }
}
