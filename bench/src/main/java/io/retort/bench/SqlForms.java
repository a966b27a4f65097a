package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The plain-SQL forms of a workload: Flyway migrations, a Liquibase changelog, psql scripts. */
final class SqlForms {
    private SqlForms() {}

    /** One {@code V<i>__<slug>.sql} per revision. */
    static void writeFlyway(Workload workload, Path folder) {
        for (Workload.Step step : workload.steps()) {
            WorkFolder.write(folder.resolve("V" + step.revision() + "__" + step.slug() + ".sql"), statements(step.upgradeSql()));
        }
    }

    /** A formatted-SQL changelog: one changeset per revision, each with its rollback. */
    static String liquibaseChangelog(Workload workload) {
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n");
        for (Workload.Step step : workload.steps()) {
            out.append("\n--changeset bench:").append(step.revision()).append('\n');
            out.append(statements(step.upgradeSql()));
            for (String sql : step.downgradeSql()) {
                out.append("--rollback ").append(sql.replace('\n', ' ')).append(";\n");
            }
        }
        return out.toString();
    }

    /** The whole upgrade; with {@code perMigration}, each revision in its own transaction. */
    static String psqlScript(Workload workload, boolean perMigration) {
        StringBuilder out = new StringBuilder();
        for (Workload.Step step : workload.steps()) {
            out.append(block(step.upgradeSql(), perMigration));
        }
        return out.toString();
    }

    /** The downgrade to an empty schema, newest revision first, one transaction each. */
    static String psqlDowngradeScript(Workload workload) {
        StringBuilder out = new StringBuilder();
        List<Workload.Step> newestFirst = new ArrayList<>(workload.steps());
        Collections.reverse(newestFirst);
        for (Workload.Step step : newestFirst) {
            out.append(block(step.downgradeSql(), true));
        }
        return out.toString();
    }

    private static String block(List<String> sql, boolean transaction) {
        return transaction ? "BEGIN;\n" + statements(sql) + "COMMIT;\n" : statements(sql);
    }

    private static String statements(List<String> sql) {
        StringBuilder out = new StringBuilder();
        sql.forEach(s -> out.append(s).append(";\n"));
        return out.toString();
    }
}
