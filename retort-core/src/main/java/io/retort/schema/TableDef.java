package io.retort.schema;

import java.io.Serializable;
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
 * @param renamedFrom in a desired schema (a model), the table's earlier name in the same schema, which the
 *     differ turns into a rename instead of a drop and a create; null when none, and always null in an
 *     inspected schema
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
        String comment,
        String renamedFrom) implements Serializable {

    public TableDef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = Sorted.copyOf(foreignKeys);
        uniques = Sorted.copyOf(uniques);
        checks = Sorted.copyOf(checks);
        indexes = Sorted.copyOf(indexes);
    }

    /** A table with no rename hint, as inspection reads it. */
    public TableDef(String schema, String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey,
            SortedMap<String, ForeignKeyDef> foreignKeys, SortedMap<String, UniqueDef> uniques,
            SortedMap<String, CheckDef> checks, SortedMap<String, IndexDef> indexes, String comment) {
        this(schema, name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, null);
    }

    /** This table, carrying the hint that it was called {@code earlierName} before. */
    public TableDef withRenamedFrom(String earlierName) {
        return new TableDef(schema, name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, earlierName);
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
