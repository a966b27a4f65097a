package io.retort.schema;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The inspected part of a database: the chosen schemas by name. Produced by an inspector such as
 * {@code io.retort.dialect.postgres.PostgresInspector}; compared by {@code io.retort.autogen.SchemaDiffer}.
 *
 * @param schemas the schemas by name
 */
public record DatabaseSchema(SortedMap<String, SchemaDef> schemas) implements Serializable {

    /** The schema {@code public} is assumed for names without a schema. */
    public static final String DEFAULT_SCHEMA = "public";

    public DatabaseSchema {
        schemas = Sorted.copyOf(schemas);
    }

    /** A table by {@code name} (in {@code public}) or {@code schema.name}. */
    public Optional<TableDef> table(String name) {
        int dot = name.indexOf('.');
        String schema = dot < 0 ? DEFAULT_SCHEMA : name.substring(0, dot);
        String table = name.substring(dot + 1);
        return Optional.ofNullable(schemas.get(schema)).map(s -> s.tables().get(table));
    }

    /** All tables, by schema then name. */
    public List<TableDef> tables() {
        return all(s -> s.tables().values());
    }

    /** All indexes of all tables, by schema, table, then name. */
    public List<IndexDef> indexes() {
        return tables().stream().flatMap(t -> t.indexes().values().stream()).toList();
    }

    /** All enum types, by schema then name. */
    public List<EnumType> enums() {
        return all(s -> s.enums().values());
    }

    /** All sequences, by schema then name. */
    public List<SequenceDef> sequences() {
        return all(s -> s.sequences().values());
    }

    private <T> List<T> all(Function<SchemaDef, Collection<T>> part) {
        return schemas.values().stream().flatMap(s -> part.apply(s).stream()).toList();
    }
}
