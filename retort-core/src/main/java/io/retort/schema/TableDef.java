package io.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A table (ordinary or partitioned) with everything that hangs off it.
 *
 * @param schema the table's schema
 * @param name the table name
 * @param columns the live columns in table order
 * @param primaryKey the primary key, or null when the table has none
 * @param foreignKeys foreign keys by constraint name
 * @param uniques UNIQUE constraints by name
 * @param checks CHECK constraints by name
 * @param indexes all indexes by name, including those behind the primary key and UNIQUE constraints
 * @param comment the table's comment, or null
 */
public record TableDef(
        String schema,
        String name,
        List<ColumnDef> columns,
        PrimaryKeyDef primaryKey,
        SortedMap<String, ForeignKeyDef> foreignKeys,
        SortedMap<String, UniqueDef> uniques,
        SortedMap<String, CheckDef> checks,
        SortedMap<String, IndexDef> indexes,
        String comment) {

    public TableDef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = Sorted.copyOf(foreignKeys);
        uniques = Sorted.copyOf(uniques);
        checks = Sorted.copyOf(checks);
        indexes = Sorted.copyOf(indexes);
    }

    /** The column called {@code columnName}, if the table has one. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The column names in table order. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnDef::name).toList();
    }
}
