package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import io.retort.ops.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private static RowGroup group(TableRef table, List<Map<String, Object>> rows) {
        List<String> columns = List.copyOf(rows.get(0).keySet());
        List<SqlType> types = columns.stream().map(c -> typeOf(table, c)).toList();
        return new RowGroup(table, columns, types, List.copyOf(rows));
    }

    private static SqlType typeOf(TableRef table, String column) {
        if (table.columns().isEmpty()) {
            return null;
        }
        return table.column(column).map(TableRef.ColumnRef::type).orElseThrow(() -> new RetortException(
                "bulkInsert into " + table.name() + ": a row sets column \"" + column
                        + "\", which the table handle does not declare; add col(\"" + column + "\", <type>) to it."));
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
