package io.retort.autogen;

import io.retort.schema.ColumnDef;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.TableDef;
import io.retort.schema.UniqueDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renames a diff makes, by the current table's {@code schema.name}, and current tables read
 * with the new names: PostgreSQL renames a column everywhere its keys and indexes name it, and a
 * table in every foreign key that points at it.
 */
final class DiffRenames {
    private final Map<String, String> tables = new HashMap<>();
    private final Map<String, Map<String, String>> columns = new HashMap<>();

    void table(String currentKey, String newName) {
        tables.put(currentKey, newName);
    }

    void column(String currentKey, String from, String to) {
        columns.computeIfAbsent(currentKey, k -> new HashMap<>()).put(from, to);
    }

    String tableName(TableDef t) {
        return tables.getOrDefault(key(t.schema(), t.name()), t.name());
    }

    String columnName(TableDef t, String column) {
        return columnsOf(key(t.schema(), t.name())).getOrDefault(column, column);
    }

    /** {@code t} as it is once the renames have run. */
    TableDef applied(TableDef t, Map<String, TableDef> current) {
        String k = key(t.schema(), t.name());
        Map<String, String> renamed = columnsOf(k);
        if (renamed.isEmpty() && tables.isEmpty()) {
            return t;
        }
        List<ColumnDef> cols = t.columns().stream().map(c -> new ColumnDef(columnName(t, c.name()), c.position(), c.type(),
                c.notNull(), c.defaultExpression(), c.identity(), c.generatedExpression(), c.comment())).toList();
        PrimaryKeyDef pk = t.primaryKey() == null ? null : new PrimaryKeyDef(t.primaryKey().name(), names(renamed, t.primaryKey().columns()));
        TreeMap<String, UniqueDef> uniques = new TreeMap<>();
        t.uniques().forEach((n, u) -> uniques.put(n, new UniqueDef(n, names(renamed, u.columns()), u.deferrable(), u.initiallyDeferred())));
        TreeMap<String, ForeignKeyDef> fks = new TreeMap<>();
        t.foreignKeys().forEach((n, fk) -> {
            String target = key(fk.referencedSchema(), fk.referencedTable());
            fks.put(n, new ForeignKeyDef(n, names(renamed, fk.columns()), fk.referencedSchema(),
                    tables.getOrDefault(target, fk.referencedTable()), names(columnsOf(target), fk.referencedColumns()),
                    fk.onDelete(), fk.onUpdate(), fk.match(), fk.deferrable(), fk.initiallyDeferred(), fk.validated()));
        });
        TreeMap<String, IndexDef> indexes = new TreeMap<>();
        t.indexes().forEach((n, i) -> indexes.put(n, new IndexDef(n, i.unique(), i.method(), inText(renamed, i.keys()),
                i.keyColumns().stream().map(c -> inText(renamed, c)).toList(), names(renamed, i.includeColumns()),
                i.predicate() == null ? null : inText(renamed, i.predicate()), i.definition(), i.backsConstraint())));
        return new TableDef(t.schema(), tableName(t), cols, pk, fks, uniques, t.checks(), indexes, t.comment());
    }

    private Map<String, String> columnsOf(String k) {
        return columns.getOrDefault(k, Map.of());
    }

    private static List<String> names(Map<String, String> renamed, List<String> names) {
        return names.stream().map(n -> renamed.getOrDefault(n, n)).toList();
    }

    /** SQL text with each renamed column's name, as PostgreSQL prints it, replaced. */
    private static String inText(Map<String, String> renamed, String text) {
        String out = text;
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            Pattern name = Pattern.compile("(?<![\\w\"$])" + Pattern.quote(DiffTypes.identifier(e.getKey())) + "(?![\\w\"$])");
            out = name.matcher(out).replaceAll(Matcher.quoteReplacement(DiffTypes.identifier(e.getValue())));
        }
        return out;
    }

    private static String key(String schema, String name) {
        return schema + "." + name;
    }
}
