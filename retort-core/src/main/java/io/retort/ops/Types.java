package io.retort.ops;

import java.util.List;

/** The PostgreSQL types people use, as {@link SqlType} values. */
public final class Types {
    private Types() {}

    public static final SqlType SMALLINT = new SqlType.Simple("smallint");
    public static final SqlType INTEGER = new SqlType.Simple("integer");
    public static final SqlType BIGINT = new SqlType.Simple("bigint");
    /** {@code serial}: integer with an owned sequence {@code <table>_<column>_seq}. */
    public static final SqlType SERIAL = new SqlType.Simple("serial");
    /** {@code bigserial}: bigint with an owned sequence {@code <table>_<column>_seq}. */
    public static final SqlType BIGSERIAL = new SqlType.Simple("bigserial");
    public static final SqlType REAL = new SqlType.Simple("real");
    /** {@code double precision}, which is also what SQLAlchemy's {@code Float()} gives. */
    public static final SqlType DOUBLE = new SqlType.Simple("double precision");
    public static final SqlType BOOLEAN = new SqlType.Simple("boolean");
    public static final SqlType TEXT = new SqlType.Simple("text");
    /** Unbounded {@code varchar}, which is what SQLAlchemy's {@code String()} gives. */
    public static final SqlType VARCHAR = new SqlType.Varchar(null);
    public static final SqlType BYTEA = new SqlType.Simple("bytea");
    public static final SqlType DATE = new SqlType.Simple("date");
    public static final SqlType TIME = new SqlType.Time(false, null);
    public static final SqlType TIMETZ = new SqlType.Time(true, null);
    /** {@code timestamp without time zone}. */
    public static final SqlType TIMESTAMP = new SqlType.Timestamp(false, null);
    /** {@code timestamp with time zone}. */
    public static final SqlType TIMESTAMPTZ = new SqlType.Timestamp(true, null);
    public static final SqlType INTERVAL = new SqlType.Simple("interval");
    public static final SqlType UUID = new SqlType.Simple("uuid");
    public static final SqlType JSON = new SqlType.Simple("json");
    public static final SqlType JSONB = new SqlType.Simple("jsonb");
    public static final SqlType INET = new SqlType.Simple("inet");
    public static final SqlType CIDR = new SqlType.Simple("cidr");
    public static final SqlType NUMERIC = new SqlType.Numeric(null, null);

    public static SqlType varchar(int length) {
        return new SqlType.Varchar(length);
    }

    public static SqlType character(int length) {
        return new SqlType.Char(length);
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType.Numeric(precision, scale);
    }

    public static SqlType timestamp(int precision) {
        return new SqlType.Timestamp(false, precision);
    }

    public static SqlType timestamptz(int precision) {
        return new SqlType.Timestamp(true, precision);
    }

    public static SqlType time(int precision) {
        return new SqlType.Time(false, precision);
    }

    public static SqlType timetz(int precision) {
        return new SqlType.Time(true, precision);
    }

    public static SqlType arrayOf(SqlType element) {
        return new SqlType.Array(element);
    }

    /** A native enum that a {@code createTable} using it creates first (and its reverse drops). */
    public static SqlType.Enum enumOf(String name, String... labels) {
        return new SqlType.Enum(null, name, List.of(labels), true);
    }

    /** A reference to an enum or other type that already exists. */
    public static SqlType named(String name) {
        return new SqlType.Named(null, name);
    }
}
