package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import io.retort.ops.TableRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consecutive rows of a bulk insert that set the same columns, with the types the table handle
 * declares for them (null when it declares none). One INSERT column list or COPY serves a group.
 */
record RowGroup(TableRef table, List<String> columns, List<SqlType> types, List<Map<String, Object>> rows) {

    static List<RowGroup> of(Operation.BulkInsert op) {
        List<RowGroup> out = new ArrayList<>();
        List<Map<String, Object>> current = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            if (!current.isEmpty() && !current.get(0).keySet().equals(row.keySet())) {
                out.add(group(op.table(), current));
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            out.add(group(op.table(), current));
        }
        return out;
    }

    /**
     * The columns in the order the table handle declares them, else by name: rows are often
     * {@code Map.of(...)}, whose order changes from run to run, and a script must not.
     */
    private static RowGroup group(TableRef table, List<Map<String, Object>> rows) {
        Set<String> keys = rows.get(0).keySet();
        if (table.columns().isEmpty()) {
            List<String> columns = keys.stream().sorted().toList();
            return new RowGroup(table, columns, Collections.nCopies(columns.size(), null), List.copyOf(rows));
        }
        for (String key : keys) {
            if (table.column(key).isEmpty()) {
                throw new RetortException("bulkInsert into " + table.name() + ": a row sets column \"" + key
                        + "\", which the table handle does not declare; add col(\"" + key + "\", <type>) to it.");
            }
        }
        List<TableRef.ColumnRef> declared = table.columns().stream().filter(c -> keys.contains(c.name())).toList();
        return new RowGroup(table, declared.stream().map(TableRef.ColumnRef::name).toList(),
                declared.stream().map(TableRef.ColumnRef::type).toList(), List.copyOf(rows));
    }

    /** The target table, schema-qualified when the handle names a schema. */
    String tableSql() {
        return SqlText.qualified(table.schema(), table.name());
    }

    /** The quoted column list, without parentheses. */
    String columnsSql() {
        return SqlText.identifiers(columns);
    }
}
