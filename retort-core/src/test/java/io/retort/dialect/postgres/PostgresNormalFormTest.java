package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.IndexDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.TableDef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Harmless spellings compare equal once normalised. */
class PostgresNormalFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "varchar | character varying",
            "VARCHAR(255) | character varying(255)",
            "character varying(255) | character varying(255)",
            "int4 | integer",
            "int | integer",
            "int8 | bigint",
            "float8 | double precision",
            "bool | boolean",
            "timestamp | timestamp without time zone",
            "timestamptz | timestamp with time zone",
            "timestamp(3) | timestamp(3) without time zone",
            "timestamp(3) with time zone | timestamp(3) with time zone",
            "decimal(10, 2) | numeric(10,2)",
            "numeric(10) | numeric(10,0)",
            "char | character(1)",
            "int4[] | integer[]",
            "varchar(20)[] | character varying(20)[]",
            "public.acquisitionstatus | acquisitionstatus",
            "\"public\".acquisitionstatus | acquisitionstatus",
            "\"MyType\" | \"MyType\"",
            "jsonb | jsonb"})
    void typesAsFormatTypePrintsThem(String given, String normal) {
        assertThat(PostgresNormalForm.type(given)).isEqualTo(normal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "'x'::character varying | 'x'",
            "'PLANNED'::public.acquisitionstatus | 'PLANNED'",
            "((price > (0)::numeric)) | price > 0",
            "((a > 0) AND (b > 0)) | a > 0 and b > 0",
            "(a > 0 OR b > 0) AND c | (a > 0 or b > 0) and c",
            "NOT (a AND b) | not (a and b)",
            "((status)::text = 'active'::text) | status = 'active'",
            "lower((email)::text) | lower(email)",
            "now() | now()",
            "CURRENT_TIMESTAMP | current_timestamp",
            "x IN ('a', 'b') | x = any (array['a', 'b'])",
            "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])) | status = any (array['a', 'b'])",
            "x NOT IN (1, 2) | x <> all (array[1, 2])",
            "(x <> ALL (ARRAY[1, 2])) | x <> all (array[1, 2])",
            "x IN (SELECT y FROM t) | x in (select y from t)",
            "(a + b) * 2 | (a + b) * 2",
            "'it''s'::text | 'it''s'",
            "\"timestamp\" | \"timestamp\"",
            "\"level\" | level",
            "'{}'::jsonb | '{}'",
            "'2024-01-01 00:00:00'::timestamp without time zone | '2024-01-01 00:00:00'"})
    void expressionsWithoutCastsAndRedundantParentheses(String given, String normal) {
        assertThat(PostgresExpressions.normal(given)).isEqualTo(normal);
    }

    @Test
    void serialIsItsIntegerTypeWithTheOwnedSequencesDefaultAndQuotedNumbersOnNumericColumns() {
        TableDef model = table(List.of(
                new ColumnDef("id", 1, "serial", false, null, ColumnDef.Identity.NONE, null, null),
                new ColumnDef("n", 2, "int4", true, "-1", ColumnDef.Identity.NONE, null, null),
                new ColumnDef("s", 3, "varchar", true, "'1'", ColumnDef.Identity.NONE, null, null)),
                "CREATE INDEX whatever", "status = 'x'", "((a > 0))");
        TableDef database = table(List.of(
                new ColumnDef("id", 1, "integer", true, "nextval('public.t_id_seq'::regclass)", ColumnDef.Identity.NONE, null, null),
                new ColumnDef("n", 2, "integer", true, "'-1'::integer", ColumnDef.Identity.NONE, null, null),
                new ColumnDef("s", 3, "character varying", true, "'1'::character varying", ColumnDef.Identity.NONE, null, null)),
                "CREATE INDEX ix ON public.t USING btree (a) WHERE ((status)::text = 'x'::text)",
                "((status)::text = 'x'::text)", "(a > 0)");
        assertThat(PostgresNormalForm.of(schema(model))).isEqualTo(PostgresNormalForm.of(schema(database)));
        assertThat(PostgresNormalForm.of(schema(model)).table("t").orElseThrow().columns().get(0).defaultExpression())
                .isEqualTo("nextval('t_id_seq')");
    }

    private static TableDef table(List<ColumnDef> columns, String definition, String predicate, String check) {
        IndexDef index = new IndexDef("ix", false, "BTREE", "a", List.of("a"), List.of(), predicate, definition, false);
        return new TableDef("public", "t", columns, null, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(Map.of("t_a_check", new CheckDef("t_a_check", check, true, false))),
                new TreeMap<>(Map.of("ix", index)), null);
    }

    private static DatabaseSchema schema(TableDef table) {
        return new DatabaseSchema(new TreeMap<>(Map.of("public", new SchemaDef("public",
                new TreeMap<>(Map.of("t", table)), new TreeMap<>(), new TreeMap<>(), new TreeSet<>()))));
    }
}
