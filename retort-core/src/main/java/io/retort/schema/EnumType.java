package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An enum type ({@code CREATE TYPE ... AS ENUM}).
 *
 * @param schema the type's schema
 * @param name the type name
 * @param labels the labels in sort order
 */
public record EnumType(String schema, String name, List<String> labels) implements Serializable {
    public EnumType {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }
}
