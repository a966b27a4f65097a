package io.retort.dialect.postgres;

import io.retort.dialect.BulkLoader;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;

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
        OpenLoad open = loadContinuing(connection, op, null);
        if (open != null) {
            open.end();
        }
    }

    @Override
    public OpenLoad loadContinuing(Connection connection, Operation.BulkInsert op, OpenLoad previous) throws SQLException {
        OpenCopy open = previous instanceof OpenCopy c ? c : null;
        if (previous != null && open == null) {
            previous.end();
        }
        // A continued COPY needs no threshold: it is already streaming.
        boolean copy = op.rows().size() > copyThreshold;
        for (RowGroup group : RowGroup.of(op)) {
            if (open != null && open.takes(group)) {
                open.write(group);
                continue;
            }
            if (open != null) {
                open.end();
                open = null;
            }
            if (copy && !group.columns().isEmpty()) {
                open = OpenCopy.start(connection, group);
                open.write(group);
            } else {
                for (Statement statement : DataStatements.inserts(group)) {
                    statement.executeOn(connection);
                }
            }
        }
        return open;
    }

    /** PostgreSQL names a refused COPY row by its line: "COPY t, line 10001, column id: ...". */
    @Override
    public long refusedRow(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null && p.getServerErrorMessage().getWhere() != null) {
            Matcher line = COPY_LINE.matcher(p.getServerErrorMessage().getWhere());
            if (line.find() && line.group(1).length() < 18) {
                return Long.parseLong(line.group(1));
            }
        }
        return -1;
    }

    private static final Pattern COPY_LINE = Pattern.compile("COPY [^,]*, line (\\d+)");

    /** A {@code COPY ... FROM STDIN} in text format, left open for more rows of the same table and columns. */
    private static final class OpenCopy implements OpenLoad {
        private final String target;
        private final List<SqlType> types;
        private final SqlType[] typeArray; // read for every value
        private final List<String> columns;
        private final CopyIn copy;
        private final CopyText out;

        private OpenCopy(String target, RowGroup group, CopyIn copy) {
            this.target = target;
            this.columns = group.columns();
            this.types = group.types();
            this.typeArray = types.toArray(SqlType[]::new);
            this.copy = copy;
            this.out = new CopyText(copy, columns.size());
        }

        static OpenCopy start(Connection connection, RowGroup group) throws SQLException {
            String target = group.tableSql() + " (" + group.columnsSql() + ")";
            return new OpenCopy(target, group, connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN"));
        }

        boolean takes(RowGroup group) {
            return target.equals(group.tableSql() + " (" + group.columnsSql() + ")") && types.equals(group.types());
        }

        void write(RowGroup group) throws SQLException {
            try {
                for (Map<String, Object> row : group.rows()) {
                    for (int i = 0; i < typeArray.length; i++) {
                        out.value(i, row.get(columns.get(i)), typeArray[i]);
                    }
                    out.endRow();
                }
            } catch (SQLException | RuntimeException e) {
                cancel();
                throw e;
            }
        }

        @Override
        public void end() throws SQLException {
            try {
                out.end();
            } catch (SQLException | RuntimeException e) {
                cancel();
                throw e;
            }
        }

        @Override
        public void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the connection is failing already; the transaction is rolled back either way
            }
        }
    }
}
