package io.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Scripts are cut as psql cuts them, and run over JDBC without psql. */
class SqlScriptPartsTest {

    @Test
    void semicolonsInsideQuotesDollarQuotesAndCommentsDoNotEndAStatement() {
        String script = """
                -- a comment; with a semicolon
                CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b' $body$ LANGUAGE sql;
                /* block; comment */ SELECT 'it''s;', "odd;name" FROM t -- trailing;
                ;
                SELECT 1""";

        assertThat(SqlScriptParts.of(script)).containsExactly(
                new SqlScriptParts.Sql("CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b' $body$ LANGUAGE sql", 2),
                new SqlScriptParts.Sql("SELECT 'it''s;', \"odd;name\" FROM t -- trailing;", 3),
                new SqlScriptParts.Sql("SELECT 1", 5));
    }

    @Test
    void copyBlocksCarryTheirRowsAndMetaCommandsAreSkipped() {
        String script = """
                \\connect smartem
                COPY public.t (id, name) FROM stdin;
                1\tone;
                2\t\\N
                \\.
                SELECT 2;
                """;

        assertThat(SqlScriptParts.of(script)).containsExactly(
                new SqlScriptParts.CopyIn("COPY public.t (id, name) FROM stdin", "1\tone;\n2\t\\N\n", 2),
                new SqlScriptParts.Sql("SELECT 2", 6));
    }

    @Test
    void aDumpLoadsOverJdbcAndAnErrorNamesTheLine() throws Exception {
        try (TestDatabase db = TestDatabase.create(SqlScriptPartsTest.class)) {
            SqlScripts.execute(db, """
                    SELECT pg_catalog.set_config('search_path', '', false);
                    CREATE TABLE public.t (id integer, name text);
                    COPY public.t (id, name) FROM stdin;
                    1\tone
                    2\t\\N
                    \\.
                    """);
            try (Connection c = db.connect(); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT count(*), count(name) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getInt(2)).isEqualTo(1);
            }

            assertThatThrownBy(() -> SqlScripts.execute(db, "SELECT 1;\nSELECT * FROM missing;"))
                    .hasMessageStartingWith("SQL text:2: ")
                    .hasMessageContaining("missing");
        }
    }
}
