package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.ops.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How PostgreSQL spells names, literals and types: the one place that quotes an identifier or
 * escapes a value. Literals assume {@code standard_conforming_strings = on} (the default since
 * PostgreSQL 9.1), so a backslash in {@code '...'} is an ordinary character.
 */
final class SqlText {
    private SqlText() {}

    /** An identifier, quoted only when {@code quote_ident} would quote it. */
    static String identifier(String name) {
        if (name == null || name.isEmpty()) {
            throw new RetortException("An empty name cannot be an SQL identifier: give the table, column or object a name.");
        }
        if (name.indexOf('\0') >= 0) {
            throw new RetortException("The name " + name.replace("\0", "\\0") + " holds a NUL character, which PostgreSQL does not allow.");
        }
        return PostgresNaming.isBare(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, or just the name when schema is null (the search path). */
    static String qualified(String schema, String name) {
        return schema == null ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /** A comma-separated list of identifiers. */
    static String identifiers(List<String> names) {
        return names.stream().map(SqlText::identifier).collect(Collectors.joining(", "));
    }

    /**
     * A value as an SQL literal. Numbers, booleans and NULL are bare, text is quoted, and values
     * whose type a bare string would not say carry a cast ({@code '...'::uuid}, {@code ::timestamptz}).
     */
    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal) {
            String digits = ValueText.text(value);
            return digits.startsWith("-") ? "(" + digits + ")" : digits; // so "1 - ?" never becomes "1--1"
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            String type = value instanceof Double ? "double precision" : "real";
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return string(ValueText.text(value)) + "::" + type;
            }
            return d < 0 ? "(" + value + ")" : value.toString();
        }
        String cast = castOf(value);
        return string(ValueText.text(value)) + (cast == null ? "" : "::" + cast);
    }

    /** The type a string literal of this value must be cast to, or null when text will do. */
    private static String castOf(Object value) {
        if (value instanceof UUID) {
            return "uuid";
        }
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return "date";
        }
        if (value instanceof LocalDateTime || value instanceof Timestamp) {
            return "timestamp";
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
                || (value instanceof java.util.Date && !(value instanceof Time))) {
            return "timestamptz";
        }
        if (value instanceof LocalTime || value instanceof Time) {
            return "time";
        }
        if (value instanceof OffsetTime) {
            return "timetz";
        }
        if (value instanceof Duration || value instanceof Period) {
            return "interval";
        }
        if (value instanceof byte[]) {
            return "bytea";
        }
        return null;
    }

    /**
     * A string literal: {@code 'it''s'}, or {@code E'line\nnext'} when the text holds control
     * characters, which an offline script should not carry raw.
     */
    static String string(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new RetortException("A text value holds a NUL character, which PostgreSQL cannot store: remove it.");
        }
        if (text.chars().noneMatch(SqlText::isControl)) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("E'");
        text.chars().forEach(c -> out.append(escaped((char) c)));
        return out.append('\'').toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\'' -> "''";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> isControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }

    /** A column type as PostgreSQL writes it: {@code varchar(255)}, {@code timestamp(3) without time zone}. */
    static String type(SqlType type) {
        if (type instanceof SqlType.Simple s) {
            return s.name();
        }
        if (type instanceof SqlType.Varchar v) {
            return v.length() == null ? "varchar" : "varchar(" + v.length() + ")";
        }
        if (type instanceof SqlType.Char c) {
            return "char(" + c.length() + ")";
        }
        if (type instanceof SqlType.Numeric n) {
            if (n.precision() == null) {
                return "numeric";
            }
            return "numeric(" + n.precision() + (n.scale() == null ? "" : ", " + n.scale()) + ")";
        }
        if (type instanceof SqlType.Timestamp t) {
            return "timestamp" + precision(t.precision()) + zone(t.withTimeZone());
        }
        if (type instanceof SqlType.Time t) {
            return "time" + precision(t.precision()) + zone(t.withTimeZone());
        }
        if (type instanceof SqlType.Array a) {
            return type(a.element()) + "[]";
        }
        if (type instanceof SqlType.Enum e) {
            return qualified(e.schema(), e.name());
        }
        SqlType.Named named = (SqlType.Named) type;
        return qualified(named.schema(), named.name());
    }

    private static String precision(Integer precision) {
        return precision == null ? "" : "(" + precision + ")";
    }

    private static String zone(boolean withTimeZone) {
        return withTimeZone ? " with time zone" : " without time zone";
    }
}
