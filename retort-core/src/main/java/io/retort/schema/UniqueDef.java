package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint (a unique index made with CREATE UNIQUE INDEX is an {@link IndexDef} only).
 *
 * @param name the constraint name, such as {@code agentsession_session_id_key}
 * @param columns the constrained columns in key order
 * @param deferrable whether the constraint is DEFERRABLE
 * @param initiallyDeferred whether it is INITIALLY DEFERRED
 */
public record UniqueDef(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred) implements Serializable {
    public UniqueDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
