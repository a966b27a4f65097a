package io.retort.autogen;

import io.retort.schema.InspectOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which objects the differ compares: the ones the model owns. Objects outside these rules are left
 * alone, never dropped. Retort's and Alembic's own tables ({@link InspectOptions#BOOKKEEPING_TABLES})
 * are always left out; a project with another version table name adds it with {@link #excludingTables}.
 *
 * @param includeSchemas the schemas compared; empty for every schema either side has
 * @param includeTables name patterns a table must match (as {@code name} or {@code schema.name}); empty for all
 * @param excludeTables name patterns of tables left out, with their keys, indexes and owned sequences
 */
public record DiffOptions(List<String> includeSchemas, List<Pattern> includeTables, List<Pattern> excludeTables) {

    public DiffOptions {
        includeSchemas = List.copyOf(includeSchemas);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
    }

    /** Every schema and every table but the bookkeeping ones. */
    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), List.of(), List.of());
    }

    /** These options comparing only {@code schemas}. */
    public DiffOptions includingSchemas(String... schemas) {
        return new DiffOptions(List.of(schemas), includeTables, excludeTables);
    }

    /** These options comparing only tables that match one of {@code patterns}. */
    public DiffOptions includingTables(Pattern... patterns) {
        return new DiffOptions(includeSchemas, plus(includeTables, patterns), excludeTables);
    }

    /** These options also leaving out tables that match one of {@code patterns}. */
    public DiffOptions excludingTables(Pattern... patterns) {
        return new DiffOptions(includeSchemas, includeTables, plus(excludeTables, patterns));
    }

    /** These options also leaving out the tables named exactly {@code names} ({@code name} or {@code schema.name}). */
    public DiffOptions excludingTables(String... names) {
        return excludingTables(List.of(names).stream().map(n -> Pattern.compile(Pattern.quote(n))).toArray(Pattern[]::new));
    }

    /** Whether schema {@code name} is compared. */
    public boolean includesSchema(String name) {
        return includeSchemas.isEmpty() || includeSchemas.contains(name);
    }

    /** Whether table {@code schema.name} is compared. */
    public boolean includesTable(String schema, String name) {
        if (InspectOptions.BOOKKEEPING_TABLES.contains(name) || matches(excludeTables, schema, name)) {
            return false;
        }
        return includeTables.isEmpty() || matches(includeTables, schema, name);
    }

    private static boolean matches(List<Pattern> patterns, String schema, String name) {
        String qualified = schema + "." + name;
        return patterns.stream().anyMatch(p -> p.matcher(name).matches() || p.matcher(qualified).matches());
    }

    private static List<Pattern> plus(List<Pattern> list, Pattern... more) {
        List<Pattern> out = new ArrayList<>(list);
        out.addAll(List.of(more));
        return out;
    }
}
