package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A sequence, including those behind serial and identity columns.
 *
 * @param schema the sequence's schema
 * @param name the sequence name, such as {@code grid_id_seq}
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param start START WITH
 * @param increment INCREMENT BY
 * @param minValue MINVALUE
 * @param maxValue MAXVALUE
 * @param cache CACHE
 * @param cycle whether it CYCLEs
 * @param ownedBy the owning column as {@code table.column} ({@code schema.table.column} when the
 *     table is in another schema), or null when no column owns it
 */
public record SequenceDef(
        String schema,
        String name,
        String dataType,
        long start,
        long increment,
        long minValue,
        long maxValue,
        long cache,
        boolean cycle,
        String ownedBy) implements Serializable {

    public SequenceDef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }

    /** The same sequence with its data type overlooked: bounds that are the type's defaults read as "default". */
    public SequenceDef withoutDataType() {
        return SequenceBounds.withoutDataType(this);
    }
}
