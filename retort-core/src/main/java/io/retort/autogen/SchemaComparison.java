package io.retort.autogen;

import io.retort.schema.DatabaseSchema;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The differences between two {@link DatabaseSchema}s in words: the rendering of the
 * {@link SchemaDiffer} diff that would turn {@code actual} into {@code expected}, one line per
 * difference, in the diff's order, then what no operation changes:
 *
 * <pre>
 * add table foo
 * alter column grid.prediction_updated_time: nullable
 * change foreign key grid_acquisition_uuid_fkey on grid
 * change index ix_x on grid
 * sequence agentsession_id_seq: data type integer -> bigint; alter it by hand
 * table grid: column order is [uuid, status, name], the model has [uuid, name, status]; Retort never reorders columns
 * </pre>
 *
 * "add" means in the expected schema only, "drop" in the actual one only. Names in the schema
 * {@code public} are written bare, others as {@code schema.name}.
 */
public final class SchemaComparison {
    private SchemaComparison() {}

    /** The differences between {@code expected} and {@code actual}; empty when they match. */
    public static List<String> differences(DatabaseSchema expected, DatabaseSchema actual, ComparisonOptions options) {
        SchemaDiff diff = SchemaDiffer.between(prepared(actual, options), prepared(expected, options), DiffOptions.defaults());
        List<String> out = new ArrayList<>(diff.differences());
        for (DiffNote note : diff.notes()) {
            if (note.kind() == DiffNote.Kind.NOT_GENERATED || (note.kind() == DiffNote.Kind.COLUMN_ORDER && !options.ignoreColumnOrder())) {
                out.add(note.message());
            }
        }
        return List.copyOf(out);
    }

    /** The differences between {@code expected} and {@code actual}, overlooking nothing. */
    public static List<String> differences(DatabaseSchema expected, DatabaseSchema actual) {
        return differences(expected, actual, ComparisonOptions.strict());
    }

    /** The schema with its sequences' data types and default bounds overlooked, when the options say so. */
    private static DatabaseSchema prepared(DatabaseSchema schema, ComparisonOptions options) {
        if (!options.ignoreSequenceDataType()) {
            return schema;
        }
        TreeMap<String, SchemaDef> schemas = new TreeMap<>();
        schema.schemas().forEach((name, s) -> {
            TreeMap<String, SequenceDef> sequences = new TreeMap<>();
            s.sequences().forEach((n, q) -> sequences.put(n, q.withoutDataType()));
            schemas.put(name, new SchemaDef(name, s.tables(), s.enums(), sequences, s.extensions()));
        });
        return new DatabaseSchema(schemas);
    }
}
