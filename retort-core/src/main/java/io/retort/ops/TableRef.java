package io.retort.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lightweight handle on a table for data operations, like SQLAlchemy's {@code table()}: a name
 * and the typed columns that rows may use. It never creates anything.
 */
public record TableRef(String schema, String name, List<ColumnRef> columns) {

    /** A column of a {@link TableRef}: its name and type, so values are bound with the right type. */
    public record ColumnRef(String name, SqlType type) {
        public ColumnRef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public TableRef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    public static TableRef table(String name, ColumnRef... columns) {
        return new TableRef(null, name, List.of(columns));
    }

    public static ColumnRef col(String name, SqlType type) {
        return new ColumnRef(name, type);
    }

    public Optional<ColumnRef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
