package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort lint}, and {@code upgrade} linting what it is about to run. */
class LintCommandTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(LintCommandTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    void project(String lint) throws IOException {
        Path versions = project.resolve("versions");
        RevisionFiles.write(versions, "r1", new String[0], "op.createTable(\"t\", column(\"id\", INTEGER));",
                "op.dropTable(\"t\");");
        RevisionFiles.write(versions, "r2", new String[] {"r1"}, "op.addColumn(\"t\", column(\"c\", INTEGER).notNull());",
                "op.dropColumn(\"t\", \"c\");");
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                default_environment = "prod"

                [environments.prod]
                url = "%s"
                lint = "%s"
                """.formatted(db.url(), lint));
    }

    @Test
    void lintPrintsEachFindingAndFailsOnAnError() throws IOException {
        project("warn");
        CliRun run = CliRun.in(project, null, "lint");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("R_r2.java:11: error [not-null-without-default] revision r2: addColumn t.c:")
                .endsWith("1 finding(s); errors found\n");
        assertThat(CliRun.in(project, null, "lint", "r1").exitCode()).isZero();
    }

    @Test
    void anEnvironmentWithLintErrorRefusesToUpgradeAndChangesNothing() throws IOException, SQLException {
        project("error");
        CliRun run = CliRun.in(project, null, "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().startsWith("retort: error: environment 'prod' has lint = \"error\" and ")
                .contains("R_r2.java:11 (revision r2) breaks rule not-null-without-default; nothing was run");
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('t') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        project("warn");
        CliRun warned = CliRun.in(project, null, "upgrade", "head");
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.err()).contains("lint: ").contains("[not-null-without-default]");
    }
}
