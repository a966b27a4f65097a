package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.postgres.PostgresInspector;
import io.retort.testing.TableRowComparison;
import io.retort.autogen.SchemaComparison;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's three examples (a table with JSONB, a composite btree index, seeded settings with a
 * DELETE downgrade) as Retort revisions: run online on one database, printed with --sql and run
 * as text on another, and the two end with the same schema and rows, up and down.
 */
class SeedExamplesOfflineParityTest {
    static TestDatabase online;
    static TestDatabase offline;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() throws IOException {
        online = TestDatabase.create(SeedExamplesOfflineParityTest.class);
        offline = TestDatabase.create(SeedExamplesOfflineParityTest.class);
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        Path v = project.resolve("versions");
        RevisionFiles.write(v, "s001", new String[0], """
                op.createTable("user_preferences",
                        column("id", INTEGER).notNull(),
                        column("user_id", VARCHAR).notNull(),
                        column("preference_key", varchar(255)).notNull(),
                        column("preference_value", JSONB),
                        Constraint.primaryKey("id"));
                op.createTable("gridsquare",
                        column("uuid", VARCHAR).primaryKey(),
                        column("acquisition_datetime", TIMESTAMP),
                        column("status", VARCHAR));""",
                "op.dropTable(\"gridsquare\"); op.dropTable(\"user_preferences\");");
        RevisionFiles.write(v, "s002", new String[] {"s001"}, """
                op.createIndex(Operation.CreateIndex.on("idx_gridsquare_acquisition_datetime_status", "gridsquare",
                        "acquisition_datetime", "status").using("btree"));""",
                "op.dropIndex(\"idx_gridsquare_acquisition_datetime_status\");");
        RevisionFiles.write(v, "s003", new String[] {"s002"}, """
                op.bulkInsert(TableRef.table("user_preferences", TableRef.col("id", INTEGER),
                                TableRef.col("user_id", VARCHAR), TableRef.col("preference_key", VARCHAR),
                                TableRef.col("preference_value", JSONB)),
                        java.util.List.of(java.util.Map.of("id", 1, "user_id", "system",
                                "preference_key", "default_settings",
                                "preference_value", java.util.Map.of("theme", "light", "page_size", 50))));""",
                "op.execute(\"DELETE FROM user_preferences WHERE user_id = 'system'\");");
    }

    @AfterAll
    static void tearDown() {
        online.close();
        offline.close();
    }

    @Test
    void onlineAndOfflineGiveTheSameDatabaseUpAndDown() throws SQLException {
        CliRun up = CliRun.in(project, online.url(), "upgrade", "head");
        assertThat(up.exitCode()).as(up.err()).isZero();
        CliRun script = CliRun.in(project, online.url(), "upgrade", "--sql", "base:head");
        assertThat(script.out()).contains("CREATE TABLE user_preferences", "preference_value jsonb",
                "USING btree (acquisition_datetime, status)", "INSERT INTO user_preferences");
        runScript(offline, script.out());
        assertSame();
        try (Connection c = online.connect(); var rs = c.createStatement().executeQuery(
                "SELECT preference_value->>'theme', (preference_value->>'page_size')::int FROM user_preferences")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("light");
            assertThat(rs.getInt(2)).isEqualTo(50);
        }

        CliRun down = CliRun.in(project, online.url(), "downgrade", "base");
        assertThat(down.exitCode()).as(down.err()).isZero();
        runScript(offline, CliRun.in(project, online.url(), "downgrade", "--sql", "s003:base").out());
        assertSame();
    }

    private static void runScript(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute(sql);
        }
    }

    private static void assertSame() throws SQLException {
        try (Connection a = online.connect(); Connection b = offline.connect()) {
            PostgresInspector inspector = new PostgresInspector();
            assertThat(SchemaComparison.differences(inspector.inspect(a), inspector.inspect(b))).isEmpty();
            for (String table : new String[] {"user_preferences", "alembic_version"}) {
                assertThat(TableRowComparison.differences(a, b, table)).isEmpty();
            }
        }
    }
}
