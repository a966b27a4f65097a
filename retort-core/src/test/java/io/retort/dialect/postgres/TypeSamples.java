package io.retort.dialect.postgres;

import static io.retort.ops.Types.*;

import io.retort.ops.SqlType;
import java.util.List;

/** Every kind of column type: how Retort writes it, and how PostgreSQL reports the column it makes (null: not made). */
final class TypeSamples {
    private TypeSamples() {}

    record Sample(SqlType type, String written, String reported) {}

    /** The enum type the online samples refer to; the test creates it first. */
    static final String ENUM = "shade";

    static final List<Sample> ALL = List.of(
            new Sample(SMALLINT, "smallint", "smallint"),
            new Sample(INTEGER, "integer", "integer"),
            new Sample(BIGINT, "bigint", "bigint"),
            new Sample(SERIAL, "serial", "integer"),
            new Sample(BIGSERIAL, "bigserial", "bigint"),
            new Sample(numeric(12, 3), "numeric(12, 3)", "numeric(12,3)"),
            new Sample(new SqlType.Numeric(7, null), "numeric(7)", "numeric(7,0)"),
            new Sample(NUMERIC, "numeric", "numeric"),
            new Sample(REAL, "real", "real"),
            new Sample(DOUBLE, "double precision", "double precision"),
            new Sample(BOOLEAN, "boolean", "boolean"),
            new Sample(TEXT, "text", "text"),
            new Sample(VARCHAR, "varchar", "character varying"),
            new Sample(varchar(255), "varchar(255)", "character varying(255)"),
            new Sample(character(2), "char(2)", "character(2)"),
            new Sample(BYTEA, "bytea", "bytea"),
            new Sample(DATE, "date", "date"),
            new Sample(TIME, "time without time zone", "time without time zone"),
            new Sample(TIMETZ, "time with time zone", "time with time zone"),
            new Sample(time(3), "time(3) without time zone", "time(3) without time zone"),
            new Sample(timetz(0), "time(0) with time zone", "time(0) with time zone"),
            new Sample(TIMESTAMP, "timestamp without time zone", "timestamp without time zone"),
            new Sample(TIMESTAMPTZ, "timestamp with time zone", "timestamp with time zone"),
            new Sample(timestamp(3), "timestamp(3) without time zone", "timestamp(3) without time zone"),
            new Sample(timestamptz(6), "timestamp(6) with time zone", "timestamp(6) with time zone"),
            new Sample(INTERVAL, "interval", "interval"),
            new Sample(UUID, "uuid", "uuid"),
            new Sample(JSON, "json", "json"),
            new Sample(JSONB, "jsonb", "jsonb"),
            new Sample(INET, "inet", "inet"),
            new Sample(CIDR, "cidr", "cidr"),
            new Sample(arrayOf(INTEGER), "integer[]", "integer[]"),
            new Sample(arrayOf(arrayOf(varchar(5))), "varchar(5)[][]", "character varying(5)[]"),
            new Sample(enumOf(ENUM, "light", "dark").existing(), ENUM, ENUM),
            new Sample(named(ENUM), ENUM, ENUM),
            new Sample(enumOf("Mood", "ok"), "\"Mood\"", null),
            new Sample(new SqlType.Enum("s", "mood", List.of(), false), "s.mood", null),
            new Sample(new SqlType.Named("public", "order"), "public.\"order\"", null));
}
