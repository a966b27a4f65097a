package io.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between two {@link DatabaseSchema}s, one human-readable line each, in a
 * deterministic order (schema, then enums, sequences, extensions and tables by name):
 *
 * <pre>
 * table foo: missing
 * column grid.prediction_updated_time: not null expected true, was false
 * table grid: column order expected [uuid, name, status], was [uuid, status, name]
 * foreign key grid_acquisition_uuid_fkey on grid: on delete expected CASCADE, was NO ACTION
 * index ix_x: definition expected CREATE INDEX ..., was CREATE INDEX ...
 * sequence agentsession_id_seq: data type expected bigint, was integer
 * </pre>
 *
 * "missing" means in the expected schema only, "unexpected" in the actual one only. Names in the
 * schema {@code public} are written bare, others as {@code schema.name}; an absent value is
 * written {@code none}.
 */
public final class SchemaComparison {
    private SchemaComparison() {}

    /** The differences between {@code expected} and {@code actual}; empty when they match. */
    public static List<String> differences(DatabaseSchema expected, DatabaseSchema actual, ComparisonOptions options) {
        List<String> out = new ArrayList<>();
        new Comparer(options, out).schemas(expected, actual);
        return List.copyOf(out);
    }

    /** The differences between {@code expected} and {@code actual}, overlooking nothing. */
    public static List<String> differences(DatabaseSchema expected, DatabaseSchema actual) {
        return differences(expected, actual, ComparisonOptions.strict());
    }

    /** A compared property of a model record. */
    private record Property<T>(String label, Function<T, Object> value) {}

    @FunctionalInterface
    private interface PairComparison<T> {
        void compare(String title, String subject, T expected, T actual);
    }

    private static final List<Property<ColumnDef>> COLUMN = List.of(
            new Property<>("type", ColumnDef::type),
            new Property<>("not null", ColumnDef::notNull),
            new Property<>("default", ColumnDef::defaultExpression),
            new Property<>("identity", ColumnDef::identity),
            new Property<>("generated", ColumnDef::generatedExpression),
            new Property<>("comment", ColumnDef::comment));

    private static final List<Property<PrimaryKeyDef>> PRIMARY_KEY = List.of(
            new Property<>("columns", PrimaryKeyDef::columns));

    private static final List<Property<ForeignKeyDef>> FOREIGN_KEY = List.of(
            new Property<>("columns", ForeignKeyDef::columns),
            new Property<>("referenced table", fk -> qualified(fk.referencedSchema(), fk.referencedTable())),
            new Property<>("referenced columns", ForeignKeyDef::referencedColumns),
            new Property<>("on delete", ForeignKeyDef::onDelete),
            new Property<>("on update", ForeignKeyDef::onUpdate),
            new Property<>("match", ForeignKeyDef::match),
            new Property<>("deferrable", ForeignKeyDef::deferrable),
            new Property<>("initially deferred", ForeignKeyDef::initiallyDeferred),
            new Property<>("validated", ForeignKeyDef::validated));

    private static final List<Property<UniqueDef>> UNIQUE = List.of(
            new Property<>("columns", UniqueDef::columns),
            new Property<>("deferrable", UniqueDef::deferrable),
            new Property<>("initially deferred", UniqueDef::initiallyDeferred));

    private static final List<Property<CheckDef>> CHECK = List.of(
            new Property<>("expression", CheckDef::expression),
            new Property<>("validated", CheckDef::validated),
            new Property<>("no inherit", CheckDef::noInherit));

    // The definition holds uniqueness, method, keys, INCLUDE and predicate: one line per changed index.
    private static final List<Property<IndexDef>> INDEX = List.of(
            new Property<>("definition", IndexDef::definition),
            new Property<>("backs constraint", IndexDef::backsConstraint));

    private static final List<Property<EnumType>> ENUM = List.of(new Property<>("labels", EnumType::labels));

    private static final List<Property<TableDef>> TABLE = List.of(new Property<>("comment", TableDef::comment));

    /** One comparison: its options and the lines found so far. */
    private record Comparer(ComparisonOptions options, List<String> out) {

        void schemas(DatabaseSchema expected, DatabaseSchema actual) {
            named("schema", name -> name, expected.schemas(), actual.schemas(), (t, s, e, a) -> schema(e, a));
        }

        private void schema(SchemaDef expected, SchemaDef actual) {
            String schema = expected.name();
            Function<String, String> inSchema = name -> qualified(schema, name);
            named("enum", inSchema, expected.enums(), actual.enums(), (t, s, e, a) -> properties(t, e, a, ENUM));
            named("sequence", inSchema, expected.sequences(), actual.sequences(),
                    (t, s, e, a) -> properties(t, e, a, sequenceProperties()));
            named("extension", inSchema, asMap(expected.extensions()), asMap(actual.extensions()), (t, s, e, a) -> {});
            named("table", inSchema, expected.tables(), actual.tables(), this::table);
        }

        private void table(String title, String subject, TableDef expected, TableDef actual) {
            properties(title, expected, actual, TABLE);
            Function<String, String> column = name -> subject + "." + name;
            named("column", column, byName(expected.columns()), byName(actual.columns()),
                    (t, s, e, a) -> properties(t, e, a, COLUMN));
            if (!options.ignoreColumnOrder()) {
                columnOrder(subject, expected, actual);
            }
            Function<String, String> onTable = name -> name + " on " + subject;
            named("primary key", onTable, primaryKey(expected), primaryKey(actual),
                    (t, s, e, a) -> properties(t, e, a, PRIMARY_KEY));
            named("foreign key", onTable, expected.foreignKeys(), actual.foreignKeys(),
                    (t, s, e, a) -> properties(t, e, a, FOREIGN_KEY));
            named("unique constraint", onTable, expected.uniques(), actual.uniques(),
                    (t, s, e, a) -> properties(t, e, a, UNIQUE));
            named("check constraint", onTable, expected.checks(), actual.checks(),
                    (t, s, e, a) -> properties(t, e, a, CHECK));
            named("index", name -> qualified(expected.schema(), name), indexesToCompare(expected, actual),
                    indexesToCompare(actual, expected), (t, s, e, a) -> properties(t, e, a, INDEX));
        }

        /** The relative order of the columns both tables have; missing and unexpected ones are reported apart. */
        private void columnOrder(String subject, TableDef expected, TableDef actual) {
            List<String> expectedOrder = new ArrayList<>(expected.columnNames());
            List<String> actualOrder = new ArrayList<>(actual.columnNames());
            expectedOrder.retainAll(actualOrder);
            actualOrder.retainAll(expectedOrder);
            if (!expectedOrder.equals(actualOrder)) {
                out.add("table " + subject + ": column order expected " + expectedOrder + ", was " + actualOrder);
            }
        }

        private List<Property<SequenceDef>> sequenceProperties() {
            boolean ignoreType = options.ignoreSequenceDataType();
            List<Property<SequenceDef>> properties = new ArrayList<>();
            if (!ignoreType) {
                properties.add(new Property<>("data type", SequenceDef::dataType));
            }
            properties.add(new Property<>("start", SequenceDef::start));
            properties.add(new Property<>("increment", SequenceDef::increment));
            properties.add(new Property<>("min value", s -> ignoreType ? SequenceBounds.minValue(s) : s.minValue()));
            properties.add(new Property<>("max value", s -> ignoreType ? SequenceBounds.maxValue(s) : s.maxValue()));
            properties.add(new Property<>("cache", SequenceDef::cache));
            properties.add(new Property<>("cycle", SequenceDef::cycle));
            properties.add(new Property<>("owned by", SequenceDef::ownedBy));
            return properties;
        }

        private <T> void named(String kind, Function<String, String> subjectOf, SortedMap<String, T> expected,
                SortedMap<String, T> actual, PairComparison<T> both) {
            TreeSet<String> names = new TreeSet<>(expected.keySet());
            names.addAll(actual.keySet());
            for (String name : names) {
                String subject = subjectOf.apply(name);
                String title = kind + " " + subject;
                T e = expected.get(name);
                T a = actual.get(name);
                if (a == null) {
                    out.add(title + ": missing");
                } else if (e == null) {
                    out.add(title + ": unexpected");
                } else {
                    both.compare(title, subject, e, a);
                }
            }
        }

        private <T> void properties(String title, T expected, T actual, List<Property<T>> properties) {
            for (Property<T> property : properties) {
                Object e = property.value().apply(expected);
                Object a = property.value().apply(actual);
                if (!Objects.equals(e, a)) {
                    out.add(title + ": " + property.label() + " expected " + shown(e) + ", was " + shown(a));
                }
            }
        }
    }

    /**
     * The indexes of {@code table} without those behind a primary key or UNIQUE constraint that the
     * {@code other} table lacks: the constraint's own "missing"/"unexpected" line covers them.
     */
    private static SortedMap<String, IndexDef> indexesToCompare(TableDef table, TableDef other) {
        Set<String> otherConstraints = new TreeSet<>(other.uniques().keySet());
        primaryKey(other).keySet().forEach(otherConstraints::add);
        TreeMap<String, IndexDef> indexes = new TreeMap<>(table.indexes());
        indexes.values().removeIf(index -> index.backsConstraint()
                && (table.uniques().containsKey(index.name()) || primaryKey(table).containsKey(index.name()))
                && !otherConstraints.contains(index.name()));
        return indexes;
    }

    private static String qualified(String schema, String name) {
        return DatabaseSchema.DEFAULT_SCHEMA.equals(schema) ? name : schema + "." + name;
    }

    private static String shown(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static SortedMap<String, ColumnDef> byName(List<ColumnDef> columns) {
        return Sorted.byName(columns, ColumnDef::name);
    }

    private static SortedMap<String, PrimaryKeyDef> primaryKey(TableDef table) {
        return table.primaryKey() == null ? new TreeMap<>() : new TreeMap<>(Map.of(table.primaryKey().name(), table.primaryKey()));
    }

    private static SortedMap<String, String> asMap(Set<String> names) {
        TreeMap<String, String> map = new TreeMap<>();
        names.forEach(n -> map.put(n, n));
        return map;
    }
}
