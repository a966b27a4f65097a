package io.retort.autogen;

import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.SchemaDef;
import io.retort.schema.TableDef;
import java.util.TreeMap;

/** Rename hints put into an inspected schema, as the entity model records {@code @RenamedFrom}. */
final class Models {
    private Models() {}

    /** {@code model} with table {@code table} renamed from {@code from}, and {@code table2.column} from {@code column2From}. */
    static DatabaseSchema renamed(DatabaseSchema model, String table, String from, String table2, String column, String columnFrom) {
        SchemaDef s = model.schemas().get(DatabaseSchema.DEFAULT_SCHEMA);
        TreeMap<String, TableDef> tables = new TreeMap<>(s.tables());
        tables.put(table, tables.get(table).withRenamedFrom(from));
        TableDef t = tables.get(table2);
        tables.put(table2, new TableDef(t.schema(), t.name(),
                t.columns().stream().map(c -> c.name().equals(column) ? c.withRenamedFrom(columnFrom) : c).toList(),
                t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes(), t.comment(), t.renamedFrom()));
        TreeMap<String, SchemaDef> schemas = new TreeMap<>(model.schemas());
        schemas.put(s.name(), new SchemaDef(s.name(), tables, s.enums(), s.sequences(), s.extensions()));
        return new DatabaseSchema(schemas);
    }
}
