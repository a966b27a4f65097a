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
 * A migration's statements go to the server together, yet a refused one is reported as if it had
 * run alone: its SQL, the revision file's line that asked for it, and nothing changed.
 */
class StatementPipelineTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(StatementPipelineTest.class);
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

    @Test
    void theRefusedStatementOfThoseSentTogetherIsNamedWithItsLine() {
        // The upgrade's body starts on line 11 of the file RevisionFiles writes.
        RevisionFiles.write(project, "bad", new String[] {}, String.join("\n",
                "op.execute(\"CREATE TABLE first_one (id integer)\");",
                "op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                "op.execute(\"CREATE TABLE never_made (id integer)\");"), "");

        assertThatThrownBy(() -> retort().upgrade("head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("R_bad.java:12)")
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("SQL: INSERT INTO no_such_table VALUES (1)")
                .hasMessageContaining("nothing was changed");
        assertThat(tables()).isEmpty();
    }

    @Test
    void aQuerySendsWhatCameBeforeItAndAFailureThereNamesTheEarlierLine() {
        RevisionFiles.write(project, "early", new String[] {}, String.join("\n",
                "op.execute(\"CREATE TABLE made (id integer)\");",
                "op.execute(\"ALTER TABLE no_such_table ADD COLUMN x integer\");",
                "op.query(\"SELECT 1\");",
                "op.execute(\"CREATE TABLE after_query (id integer)\");"), "");

        assertThatThrownBy(() -> retort().upgrade("head"))
                .hasMessageContaining("R_early.java:12)")
                .hasMessageContaining("SQL: ALTER TABLE no_such_table ADD COLUMN x integer");
        assertThat(tables()).isEmpty();
    }

    @Test
    void statementsAfterAQueryAndInBothDirectionsRunInOrder() throws SQLException {
        RevisionFiles.write(project, "good", new String[] {}, String.join("\n",
                "op.execute(\"CREATE TABLE a (id integer)\");",
                "op.execute(\"INSERT INTO a VALUES (1)\");",
                "if (op.query(\"SELECT count(*) AS n FROM a\").get(0).get(\"n\").equals(1L)) {",
                "    op.execute(\"CREATE TABLE b AS SELECT id FROM a\");",
                "}"), "op.execute(\"DROP TABLE b\"); op.execute(\"DROP TABLE a\");");
        Retort r = retort();

        r.upgrade("head");
        assertThat(tables()).contains("a", "b");
        r.downgrade("base");
        assertThat(tables()).doesNotContain("a", "b");
    }

    @Test
    void aRowRefusedInAStreamedLoadNamesTheBulkInsertThatSentIt() {
        // Two loads into one table share a COPY; the bad row is in the first (line 12) and is seen
        // by the server only after the second call has sent its rows.
        String rows = "java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();"
                + " for (int i = 0; i < 3000; i++) { rows.add(java.util.Map.of(\"n\", i == 2500 && BAD ? \"x\" : (Object) i)); }";
        for (int bad : new int[] {1, 2}) {
            Path versions = project.resolve("v" + bad);
            RevisionFiles.write(versions, "load" + bad, new String[] {}, String.join("\n",
                    "op.execute(\"CREATE TABLE loaded (n integer)\"); TableRef t = TableRef.table(\"loaded\", TableRef.col(\"n\", INTEGER));",
                    "{ boolean BAD = " + (bad == 1) + "; " + rows + " op.bulkInsert(t, rows); }",
                    "{ boolean BAD = " + (bad == 2) + "; " + rows + " op.bulkInsert(t, rows); }",
                    "op.execute(\"CREATE TABLE after_load (id integer)\");"), "");
            Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(versions))
                    .cacheDirectory(project.resolve(".retort/cache")).build();

            assertThatThrownBy(() -> r.upgrade("head"))
                    .hasMessageContaining("R_load" + bad + ".java:" + (11 + bad) + ")")
                    .hasMessageContaining("bulk insert into loaded")
                    .hasMessageContaining("invalid input syntax for type integer")
                    .hasMessageContaining("nothing was changed");
            assertThat(tables()).isEmpty();
        }
    }

    @Test
    void theRefusedIndexIsReadFromPgjdbcsMessageAndCheckedAgainstItsSql() {
        List<String> sent = List.of("CREATE TABLE t1 (id int)", "CREATE TABLE t2 (id int)", "INSERT INTO t9 VALUES (1)");
        assertThat(JdbcSession.refused("Batch entry 2 INSERT INTO t9 VALUES (1) was aborted: ERROR: relation \"t9\""
                + " does not exist  Call getNextException to see other errors in the batch.", sent)).isEqualTo(2);
        assertThat(JdbcSession.refused("Batch-Eintrag 1 CREATE TABLE t2 (id int) wurde abgebrochen.", sent)).isEqualTo(1);
        assertThat(JdbcSession.refused("Batch entry 1 <unknown> was aborted: ERROR: x", sent))
                .as("no SQL in the message: the number alone").isEqualTo(1);
        assertThat(JdbcSession.refused("Batch entry 7 INSERT INTO t9 VALUES (1) was aborted", sent))
                .as("a number that is no index of the batch").isEqualTo(-1);
        assertThat(JdbcSession.refused(null, sent)).isEqualTo(-1);
    }

    private Retort retort() {
        return Retort.configure().url(db.url()).scriptLocations(List.of(project))
                .cacheDirectory(project.resolve(".retort/cache")).build();
    }

    private List<String> tables() {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
