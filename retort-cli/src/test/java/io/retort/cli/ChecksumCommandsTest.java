package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.SmartemFacts;
import io.retort.testing.SqlScripts;
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

/** validate, repair and upgrade's refusal compare the checksums retort_history recorded with the files. */
class ChecksumCommandsTest {
    static TestDatabase db;
    static TestDatabase alembic;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(ChecksumCommandsTest.class);
        alembic = TestDatabase.create(ChecksumCommandsTest.class);
        SqlScripts.load(alembic, SmartemFacts.headSchema());
        SqlScripts.load(alembic, SmartemFacts.headData());
    }

    @AfterAll
    static void tearDown() {
        db.close();
        alembic.close();
    }

    void config(Path versions) throws IOException {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["%s"]
                """.formatted(versions.toString().replace("\\", "/")));
    }

    @Test
    void anEditedAppliedRevisionIsCaughtARerindentedOneIsNot() throws IOException, SQLException {
        Path versions = project.resolve("versions");
        RevisionFiles.table(versions, "a");
        Path b = RevisionFiles.table(versions, "b", "a");
        config(versions);
        assertThat(CliRun.in(project, db.url(), "upgrade", "head").exitCode()).isZero();
        assertThat(CliRun.in(project, db.url(), "validate").out()).contains("Applied revisions match their files.");

        String original = Files.readString(b);
        Files.writeString(b, "// reformatted\n" + original.replace("    ", "\t").replace(" {", "\n{"));
        CliRun reindented = CliRun.in(project, db.url(), "validate");
        assertThat(reindented.exitCode()).as(reindented.out()).isZero();

        Files.writeString(b, original.replace("(id integer)", "(id bigint)"));
        CliRun edited = CliRun.in(project, db.url(), "validate");
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).isEqualTo("revision b (" + b + ") changed since it was applied;"
                + " review the change, then 'retort repair b'\n");

        RevisionFiles.table(versions, "c", "b");
        CliRun refused = CliRun.in(project, db.url(), "upgrade", "head");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("revision b (").contains("--ignore-checksums");
        assertThat(tableExists("t_c")).isFalse();

        assertThat(CliRun.in(project, db.url(), "repair", "b").out()).contains("Recorded the current checksum of b");
        assertThat(CliRun.in(project, db.url(), "validate").exitCode()).isZero();
        assertThat(CliRun.in(project, db.url(), "upgrade", "head").exitCode()).isZero();
        assertThat(tableExists("t_c")).isTrue();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT checksum FROM retort_history WHERE revision = 'c'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("v1:").hasSize(67);
        }
    }

    @Test
    void anEditThenUpgradeWithIgnoreChecksumsRunsAndRepairAllRecords() throws IOException {
        Path versions = project.resolve("other");
        RevisionFiles.table(versions, "x1");
        config(versions);
        TestDatabase scratch = TestDatabase.create(ChecksumCommandsTest.class);
        try {
            assertThat(CliRun.in(project, scratch.url(), "upgrade", "head").exitCode()).isZero();
            Path f = versions.resolve("R_x1.java");
            Files.writeString(f, Files.readString(f).replace("(id integer)", "(id text)"));
            RevisionFiles.table(versions, "x2", "x1");
            assertThat(CliRun.in(project, scratch.url(), "upgrade", "head", "--ignore-checksums").exitCode()).isZero();
            assertThat(CliRun.in(project, scratch.url(), "repair", "--all").out()).contains("of x1");
            assertThat(CliRun.in(project, scratch.url(), "validate").exitCode()).isZero();
        } finally {
            scratch.close();
        }
    }

    @Test
    void aDatabaseTakenOverFromAlembicGetsItsChecksumsOnTheFirstValidate() throws IOException {
        config(SmartemFacts.versions());
        CliRun first = CliRun.in(project, alembic.url(), "validate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("No checksum was recorded for 9 applied revision(s)");
        CliRun second = CliRun.in(project, alembic.url(), "validate");
        assertThat(second.out()).isEqualTo("Applied revisions match their files.\n");
    }

    boolean tableExists(String name) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT to_regclass('" + name + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
