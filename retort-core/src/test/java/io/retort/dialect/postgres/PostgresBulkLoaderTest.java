package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.TableRef.col;
import static io.retort.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.dialect.BulkLoader;
import io.retort.ops.Operation;
import io.retort.ops.TableElement;
import io.retort.ops.TableRef;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bulk inserts reach the same rows through batched INSERTs, COPY, and inlined offline SQL. */
class PostgresBulkLoaderTest {
    private static LiveDatabase db;

    enum Shade { LIGHT, DARK }

    private static final TableRef.ColumnRef[] COLUMNS = {
        col("id", INTEGER), col("i", BIGINT), col("d", numeric(10, 3)), col("f", DOUBLE), col("b", BOOLEAN),
        col("s", TEXT), col("v", varchar(40)), col("u", UUID), col("day", DATE), col("ts", timestamp(6)),
        col("tstz", TIMESTAMPTZ), col("t", TIME), col("dur", INTERVAL), col("raw", BYTEA), col("doc", JSONB),
        col("j", JSON), col("nums", arrayOf(INTEGER)), col("tags", arrayOf(TEXT)), col("shade", named("shade")),
        col("addr", INET)};

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(PostgresBulkLoaderTest.class);
        db.script("SET TimeZone = 'Europe/London'");
        db.run(new Operation.CreateEnum(null, "shade", List.of("LIGHT", "DARK")));
        db.script("CREATE TABLE load_log (target text, command text)");
        db.script("""
                CREATE FUNCTION log_load() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO load_log VALUES (TG_TABLE_NAME, split_part(ltrim(current_query()), ' ', 1)); RETURN NULL; END $$""");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** A table with the sample columns, whose inserts are logged as INSERT or COPY. */
    private static TableRef sampleTable(String name) throws SQLException {
        List<TableElement> columns = new ArrayList<>();
        for (TableRef.ColumnRef c : COLUMNS) {
            columns.add(column(c.name(), c.type()));
        }
        db.run(new Operation.CreateTable(null, name, columns, null));
        db.script("CREATE TRIGGER log AFTER INSERT ON " + name + " FOR EACH STATEMENT EXECUTE FUNCTION log_load()");
        return new TableRef(null, name, List.of(COLUMNS));
    }

    private static List<Map<String, Object>> sampleRows() {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("id", 1);
        full.put("i", Long.MAX_VALUE);
        full.put("d", new BigDecimal("-1234.567"));
        full.put("f", 0.1d);
        full.put("b", true);
        full.put("s", "tab\there\nnew\r \\ back 'q' \"dq\" ✓ 🎉 \\N \\.");
        full.put("v", "Robert'); DROP TABLE x;--");
        full.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        full.put("day", LocalDate.of(2024, 2, 29));
        full.put("ts", LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_000));
        full.put("tstz", OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2)));
        full.put("t", LocalTime.of(23, 59, 59));
        full.put("dur", Duration.ofSeconds(3725));
        full.put("raw", new byte[] {0, 1, (byte) 255, '\t', '\\'});
        full.put("doc", Map.of("theme", "light", "page_size", 50, "nested", List.of("it's", "tab\t", Map.of("ü", true))));
        full.put("j", Arrays.asList(1, "two", null));
        full.put("nums", List.of(1, 2, 3));
        full.put("tags", Arrays.asList("a,b", "{c}", "q\"", "back\\", null, "NULL", " "));
        full.put("shade", Shade.DARK);
        full.put("addr", "192.168.0.1/24");
        Map<String, Object> nulls = new HashMap<>();
        for (TableRef.ColumnRef c : COLUMNS) {
            nulls.put(c.name(), null);
        }
        nulls.put("id", 2);
        Map<String, Object> edges = new LinkedHashMap<>(full);
        edges.put("id", 3);
        edges.put("i", java.math.BigInteger.valueOf(-5));
        edges.put("f", Double.NaN);
        edges.put("doc", "\"just a string\"");
        edges.put("j", "{\"pre\": \"serialised\"}");
        edges.put("nums", new int[0]);
        edges.put("tags", new String[] {"x"});
        edges.put("tstz", Instant.parse("2024-12-31T23:59:59Z"));
        edges.put("shade", "LIGHT");
        edges.put("s", "");
        return List.of(full, new LinkedHashMap<>(nulls), edges);
    }

    private static List<Object> contents(String table) throws SQLException {
        return db.column("SELECT to_jsonb(t)::text FROM " + table + " t ORDER BY id");
    }

    private static List<Object> log(String table) throws SQLException {
        return db.column("SELECT command FROM load_log WHERE target = ?", table);
    }

    @Test
    void insertCopyAndInlinedSqlStoreTheSameRows() throws Exception {
        List<Map<String, Object>> rows = sampleRows();
        new PostgresBulkLoader(Integer.MAX_VALUE).load(db.connection, new Operation.BulkInsert(sampleTable("by_insert"), rows));
        new PostgresBulkLoader(0).load(db.connection, new Operation.BulkInsert(sampleTable("by_copy"), rows));
        for (Statement s : db.dialect.render(new Operation.BulkInsert(sampleTable("by_script"), rows))) {
            db.script(db.dialect.inline(s));
        }
        assertThat(log("by_insert")).containsOnly("INSERT");
        assertThat(log("by_copy")).containsOnly("COPY");
        assertThat(log("by_script")).containsOnly("INSERT");

        List<Object> inserted = contents("by_insert");
        assertThat(inserted).hasSize(3);
        assertThat(contents("by_copy")).isEqualTo(inserted);
        assertThat(contents("by_script")).isEqualTo(inserted);

        List<Object> first = db.rows("SELECT s, v, doc = ?::jsonb, tags, encode(raw, 'hex'), tstz = ?, ts::text, dur::text, "
                + "shade::text, nums, f::text FROM by_copy ORDER BY id",
                "{\"nested\": [\"it's\", \"tab\\t\", {\"ü\": true}], \"page_size\": 50, \"theme\": \"light\"}",
                OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2))).get(0);
        assertThat(first.get(0)).isEqualTo(rows.get(0).get("s"));
        assertThat(first.get(1)).isEqualTo("Robert'); DROP TABLE x;--");
        assertThat(first.get(2)).isEqualTo(true);
        assertThat(Arrays.asList((Object[]) ((java.sql.Array) first.get(3)).getArray())).isEqualTo(rows.get(0).get("tags"));
        assertThat(first.subList(4, 6)).containsExactly("0001ff095c", true);
        assertThat(first.subList(6, 9)).containsExactly("2024-05-01 10:15:30.123456", "01:02:05", "DARK");
        assertThat(db.value("SELECT doc::text || ' ' || j::text || ' ' || f::text FROM by_copy WHERE id = 3"))
                .isEqualTo("\"just a string\" {\"pre\": \"serialised\"} NaN");
    }

    @Test
    void anUntypedTableHandleBindsJavaValuesAsPgjdbcWould() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("big", java.math.BigInteger.TEN.pow(20));
        row.put("at", Instant.parse("2024-05-01T10:15:30Z"));
        row.put("local", LocalDateTime.of(2024, 5, 1, 10, 15));
        row.put("day", LocalDate.of(2024, 2, 29));
        row.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        row.put("s", "it's\\t\t");
        row.put("b", false);
        row.put("raw", new byte[] {1, 2});
        for (String name : List.of("untyped_insert", "untyped_copy", "untyped_script")) {
            db.script("CREATE TABLE " + name + " (id integer, big numeric, at timestamptz, local timestamp, day date, u uuid, "
                    + "s text, b boolean, raw bytea)");
        }
        new PostgresBulkLoader().load(db.connection, new Operation.BulkInsert(TableRef.table("untyped_insert"), List.of(row)));
        new PostgresBulkLoader(0).load(db.connection, new Operation.BulkInsert(TableRef.table("untyped_copy"), List.of(row)));
        for (Statement s : db.dialect.render(new Operation.BulkInsert(TableRef.table("untyped_script"), List.of(row)))) {
            db.script(db.dialect.inline(s));
        }
        List<Object> inserted = contents("untyped_insert");
        assertThat(inserted).hasSize(1);
        assertThat(contents("untyped_copy")).isEqualTo(inserted);
        assertThat(contents("untyped_script")).isEqualTo(inserted);
        assertThat(db.value("SELECT big::text || ' ' || (at = '2024-05-01 10:15:30Z') || ' ' || s FROM untyped_copy"))
                .isEqualTo("100000000000000000000 true it's\\t\t");
    }

    @Test
    void theDefaultLoaderCopiesOnlyLargeInserts() throws Exception {
        TableRef small = sampleTable("small_load");
        TableRef large = sampleTable("large_load");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(Map.of("id", i, "s", "row " + i, "doc", Map.of("n", i)));
        }
        PostgresBulkLoader loader = new PostgresBulkLoader();
        loader.load(db.connection, new Operation.BulkInsert(small, many.subList(0, PostgresBulkLoader.DEFAULT_COPY_THRESHOLD)));
        loader.load(db.connection, new Operation.BulkInsert(large, many));
        assertThat(log("small_load")).containsExactly("INSERT");
        assertThat(log("large_load")).containsExactly("COPY");
        assertThat(db.value("SELECT sum((doc->>'n')::int) FROM large_load")).isEqualTo(3000L * 2999 / 2);
    }

    @Test
    void consecutiveLoadsIntoOneTableContinueOneCopyAndAnotherTableEndsIt() throws Exception {
        TableRef first = sampleTable("streamed_a");
        TableRef second = sampleTable("streamed_b");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(Map.of("id", i, "s", "row " + i));
        }
        PostgresBulkLoader loader = new PostgresBulkLoader();
        BulkLoader.OpenLoad open = loader.loadContinuing(db.connection, new Operation.BulkInsert(first, rows), null);
        BulkLoader.OpenLoad same = loader.loadContinuing(db.connection, new Operation.BulkInsert(first, rows.subList(0, 10)), open);
        assertThat(same).as("a small insert continues the open COPY").isSameAs(open);
        BulkLoader.OpenLoad other = loader.loadContinuing(db.connection, new Operation.BulkInsert(second, rows), same);
        assertThat(other).isNotNull().isNotSameAs(open);
        other.end();

        assertThat(log("streamed_a")).as("one COPY statement for both calls").containsExactly("COPY");
        assertThat(db.value("SELECT count(*) FROM streamed_a")).isEqualTo(2010L);
        assertThat(db.value("SELECT count(*) FROM streamed_b")).isEqualTo(2000L);
    }

    @Test
    void rowsWithDifferentColumnsAreLoadedInOrderAndMissingColumnsTakeTheirDefault() throws Exception {
        db.run(new Operation.CreateTable(null, "mixed", List.of(column("n", SERIAL), column("a", TEXT).defaultValue("dflt"),
                column("b", INTEGER)), null));
        List<Map<String, Object>> rows = List.of(Map.of("a", "x"), Map.of("a", "y"), Map.of("b", 5), Map.of(), Map.of("a", "z", "b", 6));
        TableRef table = TableRef.table("mixed", col("a", TEXT), col("b", INTEGER));
        for (int threshold : new int[] {0, 100}) {
            new PostgresBulkLoader(threshold).load(db.connection, new Operation.BulkInsert(table, rows));
        }
        List<String> expected = List.of("x/", "y/", "dflt/5", "dflt/", "z/6");
        List<Object> loaded = db.column("SELECT a || '/' || coalesce(b::text, '') FROM mixed ORDER BY n");
        assertThat(loaded).containsExactlyElementsOf(
                java.util.stream.Stream.concat(expected.stream(), expected.stream()).collect(Collectors.toList()));
    }

    @Test
    void wideInsertsStayUnderTheBindParameterLimit() throws Exception {
        List<TableElement> columns = new ArrayList<>();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            columns.add(column("c" + i, INTEGER));
            row.put("c" + i, i);
        }
        db.run(new Operation.CreateTable(null, "wide", columns, null));
        List<Map<String, Object>> rows = Collections.nCopies(1000, row);
        new PostgresBulkLoader().load(db.connection, new Operation.BulkInsert(TableRef.table("wide"), rows));
        assertThat(db.value("SELECT count(*) FROM wide WHERE c69 = 69")).isEqualTo(1000L);
    }

    @Test
    void aFailedCopyLeavesTheConnectionUsable() throws Exception {
        db.run(new Operation.CreateTable(null, "narrow", List.of(column("code", varchar(3)), column("doc", JSONB)), null));
        TableRef table = TableRef.table("narrow", col("code", varchar(3)), col("doc", JSONB));
        PostgresBulkLoader copy = new PostgresBulkLoader(0);
        assertThatThrownBy(() -> copy.load(db.connection, new Operation.BulkInsert(table, List.of(Map.of("code", "toolong")))))
                .isInstanceOf(SQLException.class).hasMessageContaining("character varying(3)");
        assertThatThrownBy(() -> copy.load(db.connection, new Operation.BulkInsert(table,
                List.of(Map.of("code", "ok"), Map.of("code", new Object())))))
                .isInstanceOf(RetortException.class).hasMessageContaining("java.lang.Object");
        assertThat(db.value("SELECT count(*) FROM narrow")).isEqualTo(0L);
        copy.load(db.connection, new Operation.BulkInsert(table, List.of(Map.of("code", "abc", "doc", List.of()))));
        assertThat(db.value("SELECT code || doc::text FROM narrow")).isEqualTo("abc[]");
    }
}
