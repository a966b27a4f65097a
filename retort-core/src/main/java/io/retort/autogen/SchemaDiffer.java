package io.retort.autogen;

import io.retort.ops.Operation;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two schema models and returns the operations that turn one into the other, ordered by
 * dependency, with their reverse. Both models must be in one normal form (types as
 * {@code format_type} prints them, defaults and expressions as {@code pg_get_expr} does).
 *
 * <p>It covers schemas, tables (comment, rename), columns (type, nullability, server default,
 * identity, comment, rename), primary keys, foreign keys, unique constraints, check constraints,
 * indexes, sequences that no column owns, and enum types with their labels. Column order is
 * reported as a note, never changed.
 */
public final class SchemaDiffer {
    private SchemaDiffer() {}

    /**
     * What turns {@code current} (usually the database) into {@code desired} (usually the model).
     * Rename hints ({@link TableDef#renamedFrom()}, {@code ColumnDef.renamedFrom()}) are read from
     * {@code desired}.
     */
    public static SchemaDiff between(DatabaseSchema current, DatabaseSchema desired, DiffOptions options) {
        DiffPlan plan = new DiffPlan();
        Map<String, SchemaDef> currentSchemas = included(current, options);
        Map<String, SchemaDef> desiredSchemas = included(desired, options);
        TreeSet<String> names = new TreeSet<>(currentSchemas.keySet());
        names.addAll(desiredSchemas.keySet());
        for (String name : names) {
            schema(plan, name, currentSchemas.get(name), desiredSchemas.get(name));
        }
        new DiffTables(plan, currentSchemas, desiredSchemas).compare();
        return plan.build();
    }

    private static void schema(DiffPlan plan, String name, SchemaDef current, SchemaDef desired) {
        if (current == null) {
            plan.add(DiffPhase.CREATE_SCHEMA, new Operation.CreateSchema(name, false), new Operation.DropSchema(name, false, false));
        } else if (desired == null) {
            plan.add(DiffPhase.DROP_SCHEMA, new Operation.DropSchema(name, false, false), new Operation.CreateSchema(name, false));
        }
        SchemaDef none = new SchemaDef(name, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeSet<>());
        if (desired != null) {
            // Extensions the model needs are created; others in the database are not the model's to drop.
            desired.extensions().stream().filter(e -> current == null || !current.extensions().contains(e)).forEach(e ->
                    plan.add(DiffPhase.CREATE_SCHEMA, new Operation.CreateExtension(e, name, true), new Operation.DropExtension(e, false)));
        }
        sequences(plan, Objects.requireNonNullElse(current, none), Objects.requireNonNullElse(desired, none));
    }

    /** Sequences no column owns; those behind serial and identity columns come and go with their column. */
    private static void sequences(DiffPlan plan, SchemaDef current, SchemaDef desired) {
        String schema = DiffTypes.schemaOf(current.name());
        TreeSet<String> names = new TreeSet<>(current.sequences().keySet());
        names.addAll(desired.sequences().keySet());
        for (String name : names) {
            SequenceDef was = current.sequences().get(name);
            SequenceDef wanted = desired.sequences().get(name);
            boolean owned = (was != null && was.ownedBy() != null) || (wanted != null && wanted.ownedBy() != null);
            if (owned && (was == null || wanted == null)) {
                continue; // a serial or identity column's sequence comes and goes with the column
            }
            if (was == null) {
                plan.add(DiffPhase.CREATE_SEQUENCE, createSequence(schema, wanted), new Operation.DropSequence(schema, name, false));
            } else if (wanted == null) {
                plan.add(DiffPhase.DROP_SEQUENCE, new Operation.DropSequence(schema, name, false), createSequence(schema, was));
            } else if (!was.equals(wanted)) {
                plan.note(DiffNote.Kind.NOT_GENERATED, "sequence " + DiffTypes.typeName(current.name(), name) + ": "
                        + DiffDescriptions.changes(was, wanted) + "; alter it by hand", null);
            }
        }
    }

    private static Operation.CreateSequence createSequence(String schema, SequenceDef s) {
        Operation.CreateSequence out = Operation.CreateSequence.named(s.name()).inSchema(schema);
        out = "bigint".equals(s.dataType()) ? out : out.as(s.dataType());
        out = s.start() == (s.increment() > 0 ? 1 : -1) ? out : out.startWith(s.start());
        return s.increment() == 1 ? out : out.incrementBy(s.increment());
    }

    /** The schemas the options include, each with only the included tables and the sequences those own or none owns. */
    private static Map<String, SchemaDef> included(DatabaseSchema model, DiffOptions options) {
        Map<String, SchemaDef> out = new TreeMap<>();
        for (SchemaDef s : model.schemas().values()) {
            if (!options.includesSchema(s.name())) {
                continue;
            }
            TreeMap<String, TableDef> tables = new TreeMap<>(s.tables());
            tables.keySet().removeIf(t -> !options.includesTable(s.name(), t));
            TreeMap<String, SequenceDef> sequences = new TreeMap<>(s.sequences());
            sequences.values().removeIf(q -> q.ownedBy() != null && !ownerIncluded(q.ownedBy(), s.name(), options));
            out.put(s.name(), new SchemaDef(s.name(), tables, s.enums(), sequences, s.extensions()));
        }
        return out;
    }

    private static boolean ownerIncluded(String ownedBy, String schema, DiffOptions options) {
        String[] parts = ownedBy.split("\\.");
        return parts.length == 3 ? options.includesTable(parts[0], parts[1]) : options.includesTable(schema, parts[0]);
    }
}
