package io.retort.dialect.postgres;

import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A test class's scratch database with one autocommit connection: runs operations and reads the catalog. */
final class LiveDatabase implements AutoCloseable {
    final PostgresDialect dialect = new PostgresDialect();
    private final TestDatabase database;
    final Connection connection;

    LiveDatabase(Class<?> owner) throws SQLException {
        database = TestDatabase.create(owner);
        connection = database.connect();
    }

    /** Renders each operation and executes its statements, parameters bound. */
    void run(Operation... operations) throws SQLException {
        for (Operation op : operations) {
            for (Statement statement : dialect.render(op)) {
                statement.executeOn(connection);
            }
        }
    }

    /** Executes SQL text as a script would: no bind parameters. */
    void script(String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    Object value(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = rows(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The first column of every row. */
    List<Object> column(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(r -> r.get(0)).toList();
    }

    List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** {@code format_type} of a column, as PostgreSQL writes it: {@code character varying(255)}. */
    Object columnType(String table, String column) throws SQLException {
        return value("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?",
                dialect.quoteIdentifier(table), column);
    }

    /** The names of the table's constraints, sorted. */
    List<Object> constraintNames(String table) throws SQLException {
        return column("SELECT conname FROM pg_constraint WHERE conrelid = to_regclass(?) ORDER BY conname",
                dialect.quoteIdentifier(table));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        database.close();
    }
}
