package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A primary key constraint.
 *
 * @param name the constraint name, such as {@code grid_pkey}
 * @param columns the key columns in key order
 */
public record PrimaryKeyDef(String name, List<String> columns) implements Serializable {
    public PrimaryKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
