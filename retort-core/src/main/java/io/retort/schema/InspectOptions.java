package io.retort.schema;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * What an inspection reads.
 *
 * @param schemas the schemas to inspect
 * @param excludedTables tables to leave out, with their indexes, constraints and owned sequences:
 *     a bare {@code name} is left out of every schema, {@code schema.name} only of that schema
 */
public record InspectOptions(SortedSet<String> schemas, SortedSet<String> excludedTables) {

    /** Retort's and Alembic's bookkeeping tables, which no schema comparison should see. */
    public static final Set<String> BOOKKEEPING_TABLES = Set.of("alembic_version", "retort_history",
            "retort_history_progress");

    public InspectOptions {
        schemas = Sorted.copyOf(schemas);
        excludedTables = Sorted.copyOf(excludedTables);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema must be inspected");
        }
    }

    /** Schema {@code public}, without the {@link #BOOKKEEPING_TABLES}. */
    public static InspectOptions defaults() {
        return new InspectOptions(Sorted.copyOf(List.of(DatabaseSchema.DEFAULT_SCHEMA)), Sorted.copyOf(BOOKKEEPING_TABLES));
    }

    /** These options for {@code names} instead of the current schemas. */
    public InspectOptions withSchemas(String... names) {
        return new InspectOptions(Sorted.copyOf(List.of(names)), excludedTables);
    }

    /** These options leaving out exactly {@code tables} (none when empty), replacing the current exclusions. */
    public InspectOptions withExcludedTables(String... tables) {
        return new InspectOptions(schemas, Sorted.copyOf(List.of(tables)));
    }

    /** Whether the table {@code schema.name} is to be left out. */
    public boolean excludes(String schema, String name) {
        return excludedTables.contains(name) || excludedTables.contains(schema + "." + name);
    }
}
