package io.retort.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.SmartemFacts;
import io.retort.testing.TableRowComparison;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore with the machine's pg_dump, on SmartEM with rows; backups before changes. */
class BackupTest {
    static TestDatabase source;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() throws SQLException {
        assumeTrue(pgDumpFound(), "no pg_dump on PATH nor in the usual PostgreSQL folders: backup tests skipped");
        source = TestDatabase.create(BackupTest.class);
        retort(source, "cache").upgrade("heads");
        execute(source, "INSERT INTO acquisition (uuid, name) VALUES ('a1', 'first'), ('a2', 'second')");
    }

    @AfterAll
    static void tearDown() {
        if (source != null) {
            source.close();
        }
    }

    static boolean pgDumpFound() {
        try {
            ClientPrograms.find(Optional.empty(), 0);
            return true;
        } catch (RetortException e) {
            return false;
        }
    }

    static Retort retort(TestDatabase db, String name) {
        return retortIn(project.resolve(name), db);
    }

    /** SmartEM's revisions on {@code db}, for a project in {@code dir}: backups go to its .retort/backups. */
    static Retort retortIn(Path dir, TestDatabase db) {
        return Retort.configure().url(db.url()).scriptLocations(List.of(SmartemFacts.versions()))
                .cacheDirectory(dir.resolve(".retort/cache")).projectDirectory(dir).log(line -> { }).build();
    }

    /** A Retort from a retort.toml whose environment 'prod' has the given extra lines. */
    static Retort configured(TestDatabase db, String name, String extra) throws IOException {
        Path dir = Files.createDirectories(project.resolve(name));
        Path toml = dir.resolve("retort.toml");
        Files.writeString(toml, "[retort]\nscript_locations = [\"" + SmartemFacts.versions() + "\"]\n"
                + "[environments.prod]\nurl = \"" + db.url() + "\"\n" + extra);
        return Retort.fromConfig(toml, "prod", null, Map.of()).log(line -> { }).build();
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<Path> dumps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Schema and row counts, then every table's rows, of two databases. */
    static List<String> differences(TestDatabase expected, TestDatabase actual) throws SQLException {
        try (Connection e = expected.connect(); Connection a = actual.connect()) {
            CatalogSnapshot before = CatalogSnapshot.take(e);
            List<String> out = new java.util.ArrayList<>(before.differences(CatalogSnapshot.take(a)));
            for (String table : before.rowCounts().keySet()) {
                out.addAll(TableRowComparison.differences(e, a, table));
            }
            out.addAll(TableRowComparison.differences(e, a, "alembic_version"));
            return out;
        }
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseAsItWas() throws Exception {
        Path file = retort(source, "roundtrip").backup();
        assertThat(file.getParent()).isEqualTo(project.resolve("roundtrip/.retort/backups"));
        assertThat(file.getFileName().toString()).matches(source.name() + "-\\d{8}-\\d{6}-\\d{3}\\.dump");
        try (TestDatabase copy = TestDatabase.create(BackupTest.class)) {
            retort(copy, "roundtrip").restore(file, false);
            assertThat(differences(source, copy)).isEmpty();
            assertThat(rows(copy, "acquisition")).isEqualTo(2);
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Retort retort = configured(source, "keep", "backup_dir = \"saved\"\nbackup_keep = 2\n");
        Path first = retort.backup();
        Files.writeString(project.resolve("keep/saved/notes.txt"), "not a backup");
        Path second = retort.backup();
        Path third = retort.backup();
        assertThat(dumps(project.resolve("keep/saved"))).containsExactly(project.resolve("keep/saved/notes.txt"), second, third)
                .doesNotContain(first);
    }

    @Test
    void restoreRefusesANonEmptyDatabaseUnlessClean() throws Exception {
        Path file = retort(source, "clean").backup();
        try (TestDatabase target = TestDatabase.create(BackupTest.class)) {
            Retort retort = retort(target, "clean");
            retort.upgrade("heads");
            execute(target, "CREATE SCHEMA extra; CREATE TABLE extra.leftover (id int); DELETE FROM alembic_version");
            assertThatThrownBy(() -> retort.restore(file, false)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("is not empty").hasMessageContaining("--clean").hasMessageEndingWith("nothing was changed");
            assertThat(retort.current()).isEmpty();

            retort.restore(file, true);
            assertThat(differences(source, target)).isEmpty();
            assertThat(rows(target, "extra.leftover")).isEqualTo(-1);
        }
    }

    @Test
    void aFileThatIsNoBackupChangesNothing() throws Exception {
        Path bad = Files.writeString(project.resolve("bad.dump"), "not a dump");
        try (TestDatabase target = TestDatabase.create(BackupTest.class)) {
            execute(target, "CREATE TABLE kept (id int)");
            Retort retort = retort(target, "bad");
            assertThatThrownBy(() -> retort.restore(bad, true)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("reading " + bad).hasMessageEndingWith("nothing was changed");
            assertThat(rows(target, "kept")).isZero();
            assertThatThrownBy(() -> retort.restore(project.resolve("missing.dump"), false))
                    .hasMessageContaining("no such backup file");
        }
    }

    @Test
    void backupTrueBacksUpBeforeAnUpgradeThatChangesSomething() throws Exception {
        try (TestDatabase db = TestDatabase.create(BackupTest.class)) {
            Retort retort = configured(db, "before", "backup = true\n");
            retort.upgrade("001");
            assertThat(dumps(project.resolve("before/.retort/backups"))).hasSize(1);
            retort.upgrade("001");
            assertThat(dumps(project.resolve("before/.retort/backups"))).as("nothing to do: no backup").hasSize(1);
            retort.upgrade("heads");
            retort.downgrade("001");
            retort.stamp(List.of("001"), false);
            assertThat(dumps(project.resolve("before/.retort/backups"))).as("stamp to where it is: no backup").hasSize(3);
        }
    }

    @Test
    void aFailedBackupStopsTheUpgrade() throws Exception {
        Path bin = Files.createDirectories(project.resolve("fake-bin"));
        script(bin.resolve("pg_restore"), "exit 1");
        try (TestDatabase db = TestDatabase.create(BackupTest.class)) {
            script(bin.resolve("pg_dump"), "if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 99.1'; exit 0; fi\n"
                    + "echo 'pg_dump: error: connection to server failed: simulated'; exit 1");
            Retort failing = configured(db, "failing", "backup = true\npg_bin_dir = \"" + bin + "\"\n");
            assertThatThrownBy(() -> failing.upgrade("heads")).isInstanceOf(RetortException.class)
                    .hasMessageContaining("pg_dump: error: connection to server failed: simulated")
                    .hasMessageContaining("nothing was changed");
            assertThat(failing.current()).isEmpty();
            assertThat(rows(db, "acquisition")).isEqualTo(-1);
            assertThat(dumps(project.resolve("failing/.retort/backups"))).isEmpty();

            script(bin.resolve("pg_dump"), "echo 'pg_dump (PostgreSQL) 9.6.24'");
            Retort old = configured(db, "old", "backup = true\npg_bin_dir = \"" + bin + "\"\n");
            assertThatThrownBy(() -> old.upgrade("heads")).isInstanceOf(RetortException.class)
                    .hasMessageContaining("is PostgreSQL 9's, older than the server").hasMessageNotContaining("\n");
            assertThat(old.current()).isEmpty();
        }
    }

    static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A table's row count by plain SQL; -1 when the table is not there. */
    static long rows(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return -1;
            }
            try (var count = s.executeQuery("SELECT count(*) FROM " + table)) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
