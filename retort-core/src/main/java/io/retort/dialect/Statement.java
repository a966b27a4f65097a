package io.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One SQL statement with its {@code ?} bind parameters (which may hold nulls). */
public record Statement(String sql, List<Object> parameters) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static Statement of(String sql) {
        return new Statement(sql, List.of());
    }

    /**
     * Runs the statement on {@code connection}. Without parameters it is sent as plain text, so a
     * {@code ?} in it (the jsonb operator) stays itself; with parameters each is bound with
     * {@code setObject}, and {@code ??} stands for a literal {@code ?}.
     *
     * @return the number of rows changed, or -1 when the statement returns rows or no count
     */
    public long executeOn(Connection connection) throws SQLException {
        if (parameters.isEmpty()) {
            try (java.sql.Statement plain = connection.createStatement()) {
                return plain.execute(sql) ? -1 : plain.getLargeUpdateCount();
            }
        }
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            return prepared.execute() ? -1 : prepared.getLargeUpdateCount();
        }
    }
}
