package io.retort.dialect.postgres;

import io.retort.dialect.BulkLoader;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Runs a {@link Operation.BulkInsert} online: up to a threshold of rows as batched INSERTs (what
 * {@link PostgresDialect} renders), above it by streaming the rows through
 * {@code COPY ... FROM STDIN} in text format, which is several times faster for large seeds.
 * Either way, values arrive in the table exactly as the same value bound to an INSERT would.
 * Runs inside the connection's current transaction.
 */
public final class PostgresBulkLoader implements BulkLoader {
    /** Above this many rows, COPY is used. */
    public static final int DEFAULT_COPY_THRESHOLD = 1000;

    private final int copyThreshold;

    public PostgresBulkLoader() {
        this(DEFAULT_COPY_THRESHOLD);
    }

    /** @param copyThreshold inserts with more rows than this use COPY; 0 sends every one through COPY */
    public PostgresBulkLoader(int copyThreshold) {
        if (copyThreshold < 0) {
            throw new IllegalArgumentException("copyThreshold must be >= 0, was " + copyThreshold);
        }
        this.copyThreshold = copyThreshold;
    }

    @Override
    public void load(Connection connection, Operation.BulkInsert op) throws SQLException {
        boolean copy = op.rows().size() > copyThreshold;
        for (RowGroup group : RowGroup.of(op)) {
            if (copy && !group.columns().isEmpty()) {
                copy(connection, group);
            } else {
                for (Statement statement : DataStatements.inserts(group)) {
                    statement.executeOn(connection);
                }
            }
        }
    }

    private static void copy(Connection connection, RowGroup group) throws SQLException {
        String sql = "COPY " + group.tableSql() + " (" + group.columnsSql() + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        boolean ended = false;
        try {
            List<String> columns = group.columns();
            CopyText out = new CopyText(copy, columns.size());
            SqlType[] types = group.types().toArray(SqlType[]::new);
            for (Map<String, Object> row : group.rows()) {
                for (int i = 0; i < types.length; i++) {
                    out.value(i, row.get(columns.get(i)), types[i]);
                }
                out.endRow();
            }
            out.end();
            ended = true;
        } finally {
            if (!ended && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
