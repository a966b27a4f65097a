package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * One PostgreSQL schema (namespace) and what it holds.
 *
 * @param name the schema name, such as {@code public}
 * @param tables tables by name
 * @param enums enum types by name
 * @param sequences sequences by name
 * @param extensions the names of the extensions installed into this schema
 */
public record SchemaDef(
        String name,
        SortedMap<String, TableDef> tables,
        SortedMap<String, EnumType> enums,
        SortedMap<String, SequenceDef> sequences,
        SortedSet<String> extensions) implements Serializable {

    public SchemaDef {
        Objects.requireNonNull(name, "name");
        tables = Sorted.copyOf(tables);
        enums = Sorted.copyOf(enums);
        sequences = Sorted.copyOf(sequences);
        extensions = Sorted.copyOf(extensions);
    }
}
