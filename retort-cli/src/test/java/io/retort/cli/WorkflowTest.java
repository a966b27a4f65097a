package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed guide's workflow, command by command, through the command line. */
class WorkflowTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(WorkflowTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void clean() throws java.sql.SQLException {
        try (var c = db.connect()) {
            c.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    CliRun run(String... args) {
        CliRun r = CliRun.in(project, db.url(), args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    Path newest() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("versions"))) {
            return files.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    void fill(Path file, String upgrade, String downgrade) throws IOException {
        String text = Files.readString(file);
        text = text.replaceFirst("(void upgrade\\(Ops op\\)[^{]*\\{)", "$1\n        " + upgrade.replace("$", "\\$"));
        text = text.replaceFirst("(void downgrade\\(Ops op\\)[^{]*\\{)", "$1\n        " + downgrade.replace("$", "\\$"));
        Files.writeString(file, text);
    }

    @Test
    void initRevisionUpgradeDowngradeStampMerge() throws IOException {
        CliRun init = CliRun.of("init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(project.resolve("retort.toml")).exists();
        assertThat(project.resolve("script.java.tmpl")).exists();

        run("revision", "-m", "Add user preferences", "--rev-id", "a1");
        fill(newest(), "op.createTable(\"user_preferences\", column(\"id\", INTEGER).primaryKey(), column(\"v\", JSONB));",
                "op.dropTable(\"user_preferences\");");
        run("revision", "-m", "Seed system settings", "--rev-id", "b2");
        fill(newest(), "op.execute(\"INSERT INTO user_preferences VALUES (1, '{}')\");",
                "op.execute(\"DELETE FROM user_preferences WHERE id = 1\");");

        assertThat(run("heads").out()).isEqualTo("b2 (head)\n");
        CliRun up = run("upgrade", "head");
        assertThat(up.err()).contains("Running upgrade  -> a1, Add user preferences",
                "Running upgrade a1 -> b2, Seed system settings");
        assertThat(run("current").out()).isEqualTo("b2 (head)\n");
        assertThat(run("history").out()).isEqualTo(
                "a1 -> b2 (head), Seed system settings\n<base> -> a1, Add user preferences\n");
        assertThat(run("history", "--verbose").out()).contains("Rev: b2 (head)", "Parent: a1", "Revision ID: b2",
                "Create Date: ");
        assertThat(run("history", "--indicate-current").out()).contains("b2 (head) (current)");
        assertThat(run("show", "a1").out()).contains("Rev: a1", "Add user preferences");

        assertThat(run("downgrade", "-1").err()).contains("Running downgrade b2 -> a1, Seed system settings");
        assertThat(run("current").out()).isEqualTo("a1\n");
        run("stamp", "b2");
        assertThat(run("current").out()).isEqualTo("b2 (head)\n");

        // Two developers branch from b2; a merge joins them.
        run("revision", "-m", "left", "--rev-id", "c3");
        run("revision", "-m", "right", "--rev-id", "d4", "--head", "b2", "--splice");
        assertThat(run("heads").out()).isEqualTo("c3 (head)\nd4 (head)\n");
        assertThat(run("branches").out()).contains("b2", "-> b2 -> c3 (head), left", "-> b2 -> d4 (head), right");
        CliRun several = CliRun.in(project, db.url(), "revision", "-m", "more");
        assertThat(several.exitCode()).isEqualTo(1);
        assertThat(several.err()).contains("several heads", "c3", "d4", "merge");
        run("merge", "heads", "-m", "join", "--rev-id", "e5");
        assertThat(run("heads").out()).isEqualTo("e5 (head) (mergepoint)\n");
        run("upgrade", "head");
        assertThat(run("current").out()).isEqualTo("e5 (head) (mergepoint)\n");

        String sql = run("upgrade", "--sql", "base:b2").out();
        assertThat(sql).contains("BEGIN;", "CREATE TABLE user_preferences", "INSERT INTO alembic_version", "COMMIT;");
        String down = run("downgrade", "--sql", "b2:base").out();
        assertThat(down).contains("DELETE FROM user_preferences WHERE id = 1", "DROP TABLE user_preferences");
    }

    @Test
    void migrationsReadXArguments() throws Exception {
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        io.retort.testing.RevisionFiles.write(project.resolve("versions"), "x1", new String[0],
                "op.execute(\"CREATE TABLE \" + op.argument(\"table\").orElse(\"plain\") + \" (id integer)\");",
                "op.execute(\"DROP TABLE \" + op.argument(\"table\").orElse(\"plain\"));");
        run("upgrade", "head", "-x", "table=tenant_a");
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT to_regclass('tenant_a') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        run("-x", "table=tenant_a", "downgrade", "base");
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT to_regclass('tenant_a') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    @Test
    void productionAsksForConfirmationBeforeUpgradeDowngradeOrStamp() throws IOException {
        ProductionProject.write(project, db.url(), "p1");
        CliRun unasked = CliRun.of("-c", project.resolve("retort.toml").toString(), "upgrade", "head");
        assertThat(unasked.exitCode()).isEqualTo(1);
        assertThat(unasked.err()).contains("production", "--yes").doesNotContain("Running upgrade");
        assertThat(CliRun.of("-c", project.resolve("retort.toml").toString(), "current").out()).isEmpty();
        CliRun up = CliRun.of("-c", project.resolve("retort.toml").toString(), "upgrade", "head", "--yes");
        assertThat(up.exitCode()).as(up.err()).isZero();
        CliRun atHead = CliRun.of("-c", project.resolve("retort.toml").toString(), "upgrade", "head");
        assertThat(atHead.exitCode()).as(atHead.err()).isZero();
        for (List<String> cmd : List.of(List.of("downgrade", "base"), List.of("stamp", "base"), List.of("repair", "--all"))) {
            CliRun refused = CliRun.of(Stream.concat(Stream.of("-c", project.resolve("retort.toml").toString()),
                    cmd.stream()).toArray(String[]::new));
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("production", "--yes");
        }
        CliRun current = CliRun.of("-c", project.resolve("retort.toml").toString(), "current");
        assertThat(current.out()).isEqualTo("p1 (head)\n");
        CliRun repaired = CliRun.of("-c", project.resolve("retort.toml").toString(), "repair", "--all", "--yes");
        assertThat(repaired.out()).as(repaired.err()).isEqualTo("Nothing to repair.\n");
        CliRun confirmed = CliRun.of("-c", project.resolve("retort.toml").toString(), "downgrade", "base", "--yes");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    }
}
