package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade, downgrade and stamp over a branched and merged graph, with the version table's rows
 * checked after every step, on a real PostgreSQL.
 *
 * <pre>
 *   a - b - c ---- e
 *         \     /
 *          d --
 * </pre>
 */
class MigrationEngineTest {
    static TestDatabase db;
    @TempDir static Path project;
    static Path versions;
    final List<String> log = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(MigrationEngineTest.class);
        versions = project.resolve("versions");
        RevisionFiles.table(versions, "a");
        RevisionFiles.table(versions, "b", "a");
        RevisionFiles.table(versions, "c", "b");
        RevisionFiles.table(versions, "d", "b");
        RevisionFiles.table(versions, "e", "c", "d");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void clean() throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    Retort retort() {
        return Retort.configure().url(db.url()).scriptLocations(List.of(versions))
                .cacheDirectory(project.resolve(".retort/cache")).log(log::add).build();
    }

    @Test
    void walksTheGraphUpAndDownCheckingTheVersionTableAtEveryStep() throws SQLException {
        Retort r = retort();
        assertThat(r.current()).isEmpty();

        assertThat(r.upgrade("a")).containsExactly("a");
        assertState(List.of("a"), "t_a");
        assertThat(r.upgrade("c")).containsExactly("b", "c");
        assertState(List.of("c"), "t_a", "t_b", "t_c");
        assertThat(r.upgrade("d")).containsExactly("d");
        assertState(List.of("c", "d"), "t_a", "t_b", "t_c", "t_d");
        assertThat(r.upgrade("head")).containsExactly("e");
        assertState(List.of("e"), "t_a", "t_b", "t_c", "t_d", "t_e");
        assertThat(r.upgrade("head")).isEmpty();

        assertThatThrownBy(() -> r.downgrade("-1")).hasMessageContaining("merge point");
        assertThat(r.downgrade("c")).containsExactly("e");
        assertState(List.of("c", "d"), "t_a", "t_b", "t_c", "t_d");
        assertThat(r.downgrade("b")).hasSize(2).contains("c", "d");
        assertState(List.of("b"), "t_a", "t_b");
        assertThat(r.downgrade("base")).containsExactly("b", "a");
        assertState(List.of());
        assertThat(log).contains("Running upgrade  -> a, revision a", "Running upgrade c, d -> e, revision e",
                "Running downgrade e -> c, d, revision e");
    }

    @Test
    void stampMovesOnlyTheVersionTable() throws SQLException {
        Retort r = retort();
        r.stamp(List.of("c", "d"), false);
        assertState(List.of("c", "d"));
        r.stamp(List.of("e"), false);
        assertState(List.of("e"));
        r.stamp(List.of("a"), true);
        assertState(List.of("a"));
        assertThat(r.upgrade("c")).containsExactly("b", "c");
        assertState(List.of("c"), "t_b", "t_c");
    }

    @Test
    void aFailingRevisionLeavesSchemaAndVersionTableUntouched(@TempDir Path other) throws SQLException {
        RevisionFiles.table(other, "a");
        RevisionFiles.write(other, "bad", new String[] {"a"},
                "op.execute(\"CREATE TABLE half_done (id integer)\"); op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                "");
        Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(other))
                .cacheDirectory(project.resolve(".retort/cache")).log(log::add).build();
        assertThatThrownBy(() -> r.upgrade("head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("upgrade of revision bad")
                .hasMessageContaining("R_bad.java")
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("SQL: INSERT INTO no_such_table VALUES (1)")
                .hasMessageContaining("nothing was changed");
        assertState(List.of());
        assertThat(tables()).doesNotContain("t_a", "half_done", "alembic_version", "retort_history");
    }

    @Test
    void perMigrationTransactionsKeepWhatCompleted(@TempDir Path other) throws SQLException {
        RevisionFiles.table(other, "a");
        RevisionFiles.write(other, "bad", new String[] {"a"}, "op.execute(\"SELECT 1/0\");", "");
        Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(other)).transactionPerMigration(true)
                .cacheDirectory(project.resolve(".retort/cache")).log(log::add).build();
        assertThatThrownBy(() -> r.upgrade("head")).hasMessageContaining("division by zero")
                .hasMessageContaining("the database stays at a");
        assertState(List.of("a"), "t_a");
    }

    @Test
    void historyRecordsEveryStep() throws SQLException {
        Retort r = retort();
        r.upgrade("c");
        r.downgrade("a");
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT revision, direction, checksum IS NOT NULL, duration_ms >= 0 FROM retort_history ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                assertThat(rs.getBoolean(3)).isTrue();
                assertThat(rs.getBoolean(4)).isTrue();
                rows.add(rs.getString(1) + ":" + rs.getString(2));
            }
            assertThat(rows).containsExactly("a:upgrade", "b:upgrade", "c:upgrade", "c:downgrade", "b:downgrade");
        }
    }

    @Test
    void offlineSqlPrintsTheScript() {
        String sql = retort().upgradeSql("base:c");
        assertThat(sql).contains("BEGIN;", "CREATE TABLE alembic_version", "CREATE TABLE t_a (id integer);",
                "INSERT INTO alembic_version (version_num) VALUES ('a');",
                "UPDATE alembic_version SET version_num = 'b' WHERE version_num = 'a';",
                "-- Running upgrade b -> c, revision c", "COMMIT;");
        assertThat(sql).doesNotContain("retort_history");
        String down = retort().downgradeSql("c:a");
        assertThat(down).contains("DROP TABLE t_c;", "DROP TABLE t_b;",
                "UPDATE alembic_version SET version_num = 'a' WHERE version_num = 'b';");
    }

    @Test
    void versionColumnIsWidenedOnlyForLongIds(@TempDir Path other) throws SQLException {
        String longId = "x".repeat(40);
        RevisionFiles.table(other, "a");
        RevisionFiles.table(other, longId, "a");
        Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(other))
                .cacheDirectory(project.resolve(".retort/cache")).log(log::add).build();
        r.upgrade("a");
        assertThat(versionWidth()).isEqualTo(32);
        r.upgrade("head");
        assertThat(versionWidth()).isEqualTo(128);
        assertThat(r.current()).containsExactly(longId);
    }

    private int versionWidth() throws SQLException {
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT character_maximum_length FROM information_schema.columns"
                             + " WHERE table_name = 'alembic_version' AND column_name = 'version_num'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void assertState(List<String> heads, String... tables) throws SQLException {
        assertThat(retort().current()).containsExactlyInAnyOrderElementsOf(heads);
        List<String> userTables = new ArrayList<>(tables());
        userTables.removeAll(List.of("alembic_version", "retort_history"));
        assertThat(userTables).containsExactlyInAnyOrder(tables);
    }

    private List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
