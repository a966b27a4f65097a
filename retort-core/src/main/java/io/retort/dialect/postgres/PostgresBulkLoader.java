package io.retort.dialect.postgres;

import io.retort.dialect.BulkLoader;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

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

    private static final int BUFFER = 1 << 16;

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
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, BUFFER);
        boolean ended = false;
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
            for (Map<String, Object> row : group.rows()) {
                writeRow(out, group, row);
            }
            out.flush();
            stream.endCopy();
            ended = true;
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw new PSQLException("COPY into " + group.tableSql() + " failed: " + e.getMessage(), PSQLState.IO_ERROR, e);
        } finally {
            if (!ended && stream.isActive()) {
                stream.cancelCopy();
            }
        }
    }

    private static void writeRow(Writer out, RowGroup group, Map<String, Object> row) throws IOException {
        for (int i = 0; i < group.columns().size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object value = row.get(group.columns().get(i));
            if (value == null) {
                out.write("\\N");
            } else {
                DataStatements.requireDeclaredType(value, group.types().get(i));
                out.write(escaped(ValueText.text(value, group.types().get(i))));
            }
        }
        out.write('\n');
    }

    /** COPY's text format: backslash, tab, newline and carriage return as backslash escapes. */
    private static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
