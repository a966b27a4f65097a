package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY constraint.
 *
 * @param name the constraint name, such as {@code grid_acquisition_uuid_fkey}
 * @param columns the referencing columns, in key order
 * @param referencedSchema the schema of the referenced table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, paired with {@code columns}
 * @param onDelete the ON DELETE action in words: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE},
 *     {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate the ON UPDATE action, in the same words
 * @param match {@code SIMPLE}, {@code FULL} or {@code PARTIAL}
 * @param deferrable whether the constraint is DEFERRABLE
 * @param initiallyDeferred whether it is INITIALLY DEFERRED
 * @param validated false for a constraint added NOT VALID and not validated since
 */
public record ForeignKeyDef(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        String onDelete,
        String onUpdate,
        String match,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean validated) implements Serializable {

    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
