package io.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A workload written in all five forms under one folder ({@code bench/target/work/<N>/}):
 * {@code retort/}, {@code alembic/}, {@code flyway/}, {@code liquibase/changelog.sql} and {@code psql/*.sql}.
 */
record WorkFolder(Path root, Workload workload) {

    /** Writes every form of {@code workload} into an emptied {@code root}. */
    static WorkFolder write(Path root, Workload workload) {
        deleteTree(root);
        WorkFolder folder = new WorkFolder(root, workload);
        folder.retort().writeRevisions(workload);
        folder.alembic().writeRevisions(workload);
        SqlForms.writeFlyway(workload, folder.flyway());
        write(folder.liquibaseChangelog(), SqlForms.liquibaseChangelog(workload));
        write(folder.psqlUpgradeScript(), SqlForms.psqlScript(workload, false));
        write(folder.psqlUpgradePerMigration(), SqlForms.psqlScript(workload, true));
        write(folder.psqlDowngradePerMigration(), SqlForms.psqlDowngradeScript(workload));
        return folder;
    }

    RetortProject retort() {
        return new RetortProject(root.resolve("retort"));
    }

    AlembicProject alembic() {
        return new AlembicProject(root.resolve("alembic"));
    }

    Path flyway() {
        return root.resolve("flyway");
    }

    Path liquibaseChangelog() {
        return root.resolve("liquibase").resolve("changelog.sql");
    }

    /** Every statement with no transaction control, for {@code psql -1 -f}. */
    Path psqlUpgradeScript() {
        return root.resolve("psql").resolve("upgrade.sql");
    }

    /** One {@code BEGIN ... COMMIT} block per revision. */
    Path psqlUpgradePerMigration() {
        return root.resolve("psql").resolve("upgrade_per_migration.sql");
    }

    Path psqlDowngradePerMigration() {
        return root.resolve("psql").resolve("downgrade_per_migration.sql");
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + root, e);
        }
    }
}
