package io.retort.autogen;

import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.UniqueDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One table as the reader collects it from an entity (and, for SINGLE_TABLE, its subclasses). */
final class EntityTable {
    final String schema;
    final String name;
    final Class<?> root;
    final Map<String, ColumnDef> columns = new LinkedHashMap<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<EntityJoin> joins = new ArrayList<>();
    final Map<String, ForeignKeyDef> foreignKeys = new LinkedHashMap<>();
    final Map<String, UniqueDef> uniques = new LinkedHashMap<>();
    final Map<String, CheckDef> checks = new LinkedHashMap<>();
    final Map<String, IndexDef> indexes = new LinkedHashMap<>();
    String comment;

    EntityTable(String schema, String name, Class<?> root) {
        this.schema = schema;
        this.name = name;
        this.root = root;
    }

    /** Adds a column unless one of that name is there (an attribute and a read-only join column may share it). */
    void addColumn(ColumnDef column) {
        columns.putIfAbsent(column.name(), new ColumnDef(column.name(), columns.size() + 1, column.type(),
                column.notNull(), column.defaultExpression(), column.identity(), column.generatedExpression(), column.comment()));
    }

    /** A place in the primary key for a join column whose default name is not known yet. */
    static String pendingKey(String where) {
        return "\0" + where;
    }

    /** Puts the first pending place of {@code where} in the primary key to {@code column}. */
    void resolveKey(String where, String column) {
        int at = primaryKey.indexOf(pendingKey(where));
        if (at >= 0) {
            primaryKey.set(at, column);
        }
    }

    /**
     * A foreign key to collect once every table is known.
     *
     * @param where {@code Class.field}, for messages
     * @param columns the join columns; a null entry is a default name, {@code <field>_<referenced column>}
     * @param referencedColumns the referenced columns, empty for the target's primary key
     * @param name the constraint's name, null for the default, or empty for none (ConstraintMode.NO_CONSTRAINT)
     */
    record EntityJoin(String where, String field, List<String> columns, Class<?> target, List<String> referencedColumns,
            boolean notNull, String name, String onDelete, String onUpdate, boolean unique) {}
}
