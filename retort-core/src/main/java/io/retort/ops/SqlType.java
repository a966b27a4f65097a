package io.retort.ops;

import java.util.List;
import java.util.Objects;

/**
 * A column type, neutral of any one database. The dialect renders it; {@link Types} has the
 * constants and factories a migration uses.
 */
public sealed interface SqlType {

    /** A type with no parameters, named as PostgreSQL names it ({@code integer}, {@code jsonb}). */
    record Simple(String name) implements SqlType {
        public Simple {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code varchar(length)}, or unbounded {@code varchar} when length is null. */
    record Varchar(Integer length) implements SqlType {}

    /** {@code char(length)}. */
    record Char(int length) implements SqlType {}

    /** {@code numeric(precision, scale)}; either may be null. */
    record Numeric(Integer precision, Integer scale) implements SqlType {}

    /** {@code timestamp [(precision)] with[out] time zone}. */
    record Timestamp(boolean withTimeZone, Integer precision) implements SqlType {}

    /** {@code time [(precision)] with[out] time zone}. */
    record Time(boolean withTimeZone, Integer precision) implements SqlType {}

    /** An array of another type ({@code integer[]}). */
    record Array(SqlType element) implements SqlType {
        public Array {
            Objects.requireNonNull(element, "element");
        }
    }

    /**
     * A native enum type. When a table is created with a column of this type and {@code create}
     * is true, the type is created first and the reverse operation drops it.
     */
    record Enum(String schema, String name, List<String> labels, boolean create) implements SqlType {
        public Enum {
            Objects.requireNonNull(name, "name");
            labels = List.copyOf(labels);
        }

        /** The same type, used by reference only: never created or dropped with a table. */
        public Enum existing() {
            return new Enum(schema, name, labels, false);
        }
    }

    /** A user-defined or otherwise named type, used by reference ({@code "public"."mytype"}). */
    record Named(String schema, String name) implements SqlType {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }
}
