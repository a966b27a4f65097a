package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A table column as the database holds it.
 *
 * @param name the column name
 * @param position the 1-based position among the table's live columns (dropped columns leave no gap)
 * @param type the type as {@code format_type} prints it: {@code character varying},
 *     {@code character varying(255)}, {@code timestamp without time zone}, {@code integer[]}, or a
 *     user type's name (schema-qualified only when its schema is not on the search path)
 * @param notNull whether the column is NOT NULL
 * @param defaultExpression the server default as {@code pg_get_expr} prints it, such as
 *     {@code 'Unknown'::character varying} or {@code nextval('grid_id_seq'::regclass)}; null for none
 * @param identity the identity kind, {@link Identity#NONE} for an ordinary column
 * @param generatedExpression the expression of a {@code GENERATED ALWAYS AS (...) STORED} column; null otherwise
 * @param comment the column's comment, or null
 * @param renamedFrom in a desired schema (a model), the column's earlier name, which the differ turns
 *     into a rename instead of a drop and an add; null when none, and always null in an inspected schema
 */
public record ColumnDef(
        String name,
        int position,
        String type,
        boolean notNull,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment,
        String renamedFrom) implements Serializable {

    /** Whether and how a column is an identity column. */
    public enum Identity { NONE, ALWAYS, BY_DEFAULT }

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
    }

    /** A column with no rename hint, as inspection reads it. */
    public ColumnDef(String name, int position, String type, boolean notNull, String defaultExpression,
            Identity identity, String generatedExpression, String comment) {
        this(name, position, type, notNull, defaultExpression, identity, generatedExpression, comment, null);
    }

    /** This column, carrying the hint that it was called {@code earlierName} before. */
    public ColumnDef withRenamedFrom(String earlierName) {
        return new ColumnDef(name, position, type, notNull, defaultExpression, identity, generatedExpression, comment,
                earlierName);
    }
}
