package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and rehearse on the command line: what they print and how they exit. */
class BackupCommandsTest {
    static TestDatabase db;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() throws IOException {
        db = TestDatabase.create(BackupCommandsTest.class);
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.table(project.resolve("versions"), "b", "a");
        assertThat(CliRun.in(project, db.url(), "upgrade", "a").exitCode()).isZero();
        CliRun probe = CliRun.in(project, db.url(), "backup");
        assumeFalse(probe.err().contains("no pg_dump found"), "no pg_dump on this machine: backup command tests skipped");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void backupPrintsTheFileAndRestoreNeedsAnEmptyDatabaseOrClean() throws IOException {
        CliRun backup = CliRun.in(project, db.url(), "backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file).isRegularFile().hasParent(project.resolve(".retort/backups"));

        CliRun refused = CliRun.in(project, db.url(), "restore", file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString().startsWith("retort: error: ")
                .contains("is not empty").contains("--clean").endsWith("nothing was changed");

        CliRun clean = CliRun.in(project, db.url(), "restore", "--clean", file.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).startsWith("restored " + file + " into ");
        assertThat(CliRun.in(project, db.url(), "current").out()).contains("a");

        CliRun missing = CliRun.in(project, db.url(), "restore", project.resolve("nope.dump").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().asString().contains("no such backup file");
    }

    @Test
    void restoreInAnEnvironmentThatConfirmsNeedsYes(@TempDir Path production) throws IOException {
        Path file = Path.of(CliRun.in(project, db.url(), "backup").out().strip());
        try (TestDatabase target = TestDatabase.create(BackupCommandsTest.class)) {
            ProductionProject.write(production, target.url(), "p");
            CliRun refused = CliRun.in(production, null, "restore", file.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("asks for confirmation before 'restore " + file + "'");
            CliRun confirmed = CliRun.in(production, null, "restore", "--yes", file.toString());
            assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
            assertThat(CliRun.in(project, target.url(), "current").out().strip()).isEqualTo("a");
        }
    }

    @Test
    void rehearsePrintsEachRevisionsTimeLocksAndRows() {
        CliRun run = CliRun.in(project, db.url(), "rehearse");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Rehearsed on a copy of ")
                .contains("Running upgrade a -> b, revision b\n  time: ")
                .contains("  locks: AccessExclusiveLock on public.t_b")
                .contains("  rows: t_b: - -> 0 (total 0 -> 0)")
                .contains("rehearse: 1 of 1 revision(s) ran on the copy in ")
                .contains("the database itself was not changed");
        assertThat(CliRun.in(project, db.url(), "current").out().strip()).isEqualTo("a");

        CliRun nothing = CliRun.in(project, db.url(), "rehearse", "a");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.out()).startsWith("rehearse: nothing to run;");
    }

    @Test
    void aRevisionThatFailsOnTheCopyExitsOne(@TempDir Path failing) throws IOException {
        Files.writeString(failing.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        RevisionFiles.write(failing.resolve("versions"), "x", new String[0], "op.execute(\"SELECT 1/0\");", "");
        try (TestDatabase target = TestDatabase.create(BackupCommandsTest.class)) {
            CliRun run = CliRun.in(failing, target.url(), "rehearse");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("(failed)").contains("FAILED: revision x: ").contains("division by zero")
                    .contains("rehearse: 0 of 1 revision(s)");
        }
    }

    @Test
    void aFailedBackupBeforeAnUpgradeStopsIt(@TempDir Path guarded) throws IOException {
        Path bin = Files.createDirectories(guarded.resolve("bin"));
        for (String program : new String[] {"pg_dump", "pg_restore"}) {
            Files.writeString(bin.resolve(program), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 10.23'\n");
            Files.setPosixFilePermissions(bin.resolve(program), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(guarded.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                [environments.development]
                backup = true
                pg_bin_dir = "bin"
                """);
        RevisionFiles.table(guarded.resolve("versions"), "g");
        try (TestDatabase target = TestDatabase.create(BackupCommandsTest.class)) {
            CliRun run = CliRun.in(guarded, target.url(), "upgrade", "head");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().startsWith("retort: error: ")
                    .contains("is PostgreSQL 10's, older than the server").contains("nothing was changed");
            assertThat(CliRun.in(guarded, target.url(), "current").out()).isBlank();
        }
    }
}
