package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.TableRef.col;
import static io.retort.ops.Types.JSONB;
import static io.retort.ops.Types.SERIAL;
import static io.retort.ops.Types.TEXT;
import static io.retort.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.Statement;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names and values built to break out of SQL round-trip unchanged, online and through offline scripts. */
class HostileInputTest {
    private static LiveDatabase db;

    private static final String TABLE = "Robert'); DROP TABLE canary;--";
    private static final List<String> COLUMNS = List.of("select", "user", "we\"ird", "back\\slash;--", "ünï ✓", "Mixed Case");
    private static final List<String> VALUES = List.of(
            "Robert'); DROP TABLE canary;--", "it's", "''", "\"double\"", "back\\slash\\", "\\'; DROP TABLE canary; --",
            "semi;colon", "tab\tnew\nline\rend", "unicode ✓ 日本 🎉 \u00a0", "$$ dollar $$", "$1 ? ??", "-- comment",
            "/* open comment", "\\N", "\\.", "E'x'", "", " ");

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(HostileInputTest.class);
        db.script("CREATE TABLE canary (alive boolean); INSERT INTO canary VALUES (true)");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static String relations() throws Exception {
        return (String) db.value("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    }

    private static void assertNoExtraStatementRan(String relationsBefore) throws Exception {
        assertThat(relations()).isEqualTo(relationsBefore);
        assertThat(db.value("SELECT count(*) FROM canary WHERE alive")).isEqualTo(1L);
    }

    @Test
    void hostileNamesAndValuesRoundTripThroughInsertCopyAndOfflineSql() throws Exception {
        List<io.retort.ops.TableElement> elements = new ArrayList<>();
        elements.add(column("n", SERIAL).primaryKey());
        elements.add(column("path", TEXT));
        for (String c : COLUMNS) {
            elements.add(c.equals("Mixed Case") ? column(c, JSONB) : column(c, TEXT).comment(c));
        }
        elements.add(Constraint.unique("user", "path"));
        db.run(new Operation.CreateTable(null, TABLE, elements, "Robert'); DROP TABLE canary;--"),
                Operation.CreateIndex.on("ix '; DROP", TABLE, "select", "we\"ird"));
        String before = relations();
        assertThat(before).contains(TABLE, "ix '; DROP");

        TableRef table = new TableRef(null, TABLE, List.of(col("path", TEXT), col("select", TEXT), col("user", TEXT),
                col("we\"ird", TEXT), col("back\\slash;--", TEXT), col("ünï ✓", TEXT), col("Mixed Case", JSONB)));
        for (String path : List.of("insert", "copy", "script")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String value : VALUES) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", path);
                COLUMNS.forEach(c -> row.put(c, value));
                row.put("Mixed Case", Map.of(value, List.of(value)));
                rows.add(row);
            }
            Operation.BulkInsert insert = new Operation.BulkInsert(table, rows);
            switch (path) {
                case "insert" -> new PostgresBulkLoader(Integer.MAX_VALUE).load(db.connection, insert);
                case "copy" -> new PostgresBulkLoader(0).load(db.connection, insert);
                default -> db.script(db.dialect.render(insert).stream().map(db.dialect::inline).collect(Collectors.joining(";\n")));
            }
        }
        assertNoExtraStatementRan(before);

        String quotedTable = db.dialect.quoteIdentifier(TABLE);
        for (String path : List.of("insert", "copy", "script")) {
            List<List<Object>> rows = db.rows("SELECT \"select\", \"user\", \"we\"\"ird\", \"back\\slash;--\", \"ünï ✓\", "
                    + "\"Mixed Case\" = jsonb_build_object(\"select\", jsonb_build_array(\"select\")) FROM " + quotedTable
                    + " WHERE path = ? ORDER BY n", path);
            assertThat(rows).as(path).hasSize(VALUES.size());
            for (int i = 0; i < VALUES.size(); i++) {
                String v = VALUES.get(i);
                assertThat(rows.get(i)).as(path + " " + v).containsExactly(v, v, v, v, v, true);
            }
        }
        assertThat(db.column("SELECT col_description(?::regclass, attnum) FROM pg_attribute WHERE attrelid = ?::regclass "
                + "AND attnum > 2 AND attname <> 'Mixed Case' ORDER BY attnum", quotedTable, quotedTable))
                .containsExactlyElementsOf(COLUMNS.subList(0, 5));
        assertThat(db.value("SELECT obj_description(?::regclass, 'pg_class')", quotedTable)).isEqualTo(TABLE);

        Operation.AddConstraint unique = new Operation.AddConstraint(null, TABLE, Constraint.unique("we\"ird", "path"));
        db.run(unique);
        assertThat(db.constraintNames(TABLE)).contains(new PostgresNaming().nameOf(TABLE, unique.constraint()));
        db.run(unique.reverse(new PostgresNaming()).orElseThrow());
        assertNoExtraStatementRan(before);
    }

    @Test
    void hostileEnumLabelsAndDefaultsRoundTrip() throws Exception {
        List<String> labels = List.of("it's", "semi;colon", "back\\slash", "ünï ✓", "Robert'); DROP TABLE canary;--");
        String before = relations();
        List<Operation> ops = List.of(
                new Operation.CreateEnum(null, "mood'); DROP TABLE canary;--", labels),
                new Operation.AddEnumValue(null, "mood'); DROP TABLE canary;--", "new\nline", "it's", null, false),
                new Operation.CreateTable(null, "defaults", List.of(column("a", varchar(60)).defaultValue(VALUES.get(0)),
                        column("b", TEXT).defaultValue("tab\tback\\")), null));
        StringBuilder script = new StringBuilder();
        for (Operation op : ops) {
            for (Statement s : db.dialect.render(op)) {
                script.append(db.dialect.inline(s)).append(";\n");
            }
        }
        db.script(script.toString());
        db.script("INSERT INTO defaults DEFAULT VALUES");
        assertThat(db.column("SELECT enumlabel::text FROM pg_enum WHERE enumtypid = ?::regtype ORDER BY enumsortorder",
                db.dialect.quoteIdentifier("mood'); DROP TABLE canary;--")))
                .containsExactly("new\nline", "it's", "semi;colon", "back\\slash", "ünï ✓", "Robert'); DROP TABLE canary;--");
        assertThat(db.rows("SELECT a, b FROM defaults")).containsExactly(List.of(VALUES.get(0), "tab\tback\\"));
        List<String> added = new ArrayList<>(List.of(relations().split(",")));
        added.removeAll(List.of(before.split(",")));
        assertThat(added).containsExactly("defaults");
        assertThat(db.value("SELECT count(*) FROM canary")).isEqualTo(1L);
    }
}
