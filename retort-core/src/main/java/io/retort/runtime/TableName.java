package io.retort.runtime;

import java.util.Objects;

/** A table's name and optional schema, for Retort's own bookkeeping tables. */
public record TableName(String schema, String name) {
    public TableName {
        Objects.requireNonNull(name, "name");
    }

    public static TableName of(String schema, String name) {
        return new TableName(schema == null || schema.isBlank() ? null : schema, name);
    }
}
