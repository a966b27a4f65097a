package io.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.SqlScripts;
import io.retort.testing.TableRowComparison;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rows seeded alike compare equal; changes made in a rolled-back transaction on one side show up row by row. */
class TableRowDifferencesTest {
    private static final String ROWS = """
            CREATE TABLE model (name varchar PRIMARY KEY, description varchar, can_train boolean NOT NULL DEFAULT false,
                                settings jsonb, created timestamp);
            INSERT INTO model VALUES ('R2-D2', 'astromech', false, '{"a": 1}', '2025-01-02 03:04:05'),
                                     ('Bender', 'bending unit', false, NULL, NULL);
            CREATE TABLE position (tile text, square text, x integer, PRIMARY KEY (tile, square));
            INSERT INTO position VALUES ('t1', 's1', 10), ('t1', 's2', 20);
            CREATE TABLE tally (word text, n integer);
            INSERT INTO tally VALUES ('b', 2), ('a', 1), ('a', 1);
            CREATE SCHEMA other;
            CREATE TABLE other."Odd Name" (id integer PRIMARY KEY);
            """;

    private static TestDatabase expectedDb;
    private static TestDatabase actualDb;
    private static Connection expected;

    @RegisterExtension
    final RolledBackTransaction actual = new RolledBackTransaction(() -> actualDb);

    @BeforeAll
    static void seedTwice() throws SQLException {
        expectedDb = TestDatabase.create(TableRowDifferencesTest.class);
        actualDb = TestDatabase.create(TableRowDifferencesTest.class);
        SqlScripts.execute(expectedDb, ROWS);
        SqlScripts.execute(actualDb, ROWS);
        expected = expectedDb.connect();
    }

    @AfterAll
    static void drop() throws SQLException {
        expected.close();
        expectedDb.close();
        actualDb.close();
    }

    private List<String> differencesAfter(String sql, String table) throws SQLException {
        return TableRowComparison.differences(expected, actual.after(sql), table);
    }

    @Test
    void equalRowsHaveNoDifferences() {
        for (String table : List.of("model", "position", "tally", "other.\"Odd Name\"")) {
            assertThat(TableRowComparison.differences(expected, actual.connection(), table)).as(table).isEmpty();
        }
    }

    @Test
    void reportsChangedValuesByPrimaryKey() throws SQLException {
        assertThat(differencesAfter("UPDATE model SET can_train = true, settings = '{\"a\": 2}' WHERE name = 'R2-D2'", "model"))
                .containsExactly("row model(name=R2-D2): can_train expected f, was t",
                        "row model(name=R2-D2): settings expected {\"a\": 1}, was {\"a\": 2}");
    }

    @Test
    void reportsMissingAndUnexpectedRowsByCompositeKey() throws SQLException {
        assertThat(differencesAfter("DELETE FROM position WHERE square = 's1'; INSERT INTO position VALUES ('t2', 's1', NULL);"
                + " UPDATE position SET x = NULL WHERE square = 's2'", "position"))
                .containsExactly("row position(tile=t1, square=s1): missing",
                        "row position(tile=t1, square=s2): x expected 20, was null",
                        "row position(tile=t2, square=s1): unexpected");
    }

    @Test
    void comparesWholeRowsOfTablesWithoutKey() throws SQLException {
        assertThat(differencesAfter("DELETE FROM tally WHERE word = 'b'; INSERT INTO tally VALUES ('c', 3)", "tally"))
                .containsExactly("row tally(word=b, n=2): missing", "row tally(word=c, n=3): unexpected");
    }

    @Test
    void countsIdenticalRowsOfTablesWithoutKey() throws SQLException {
        assertThat(differencesAfter("INSERT INTO tally VALUES ('a', 1)", "tally"))
                .containsExactly("row tally(word=a, n=1) #3: unexpected");
    }

    @Test
    void reportsColumnAndTableChanges() throws SQLException {
        assertThat(differencesAfter("ALTER TABLE position ADD COLUMN y integer", "position"))
                .containsExactly("rows of position: columns expected [tile, square, x], was [tile, square, x, y]");
        assertThat(differencesAfter("DROP TABLE tally", "tally")).containsExactly("table tally: missing");
    }
}
