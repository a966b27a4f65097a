package io.retort.runtime;

import io.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** A table's name and optional schema, for Retort's own bookkeeping tables. */
public record TableName(String schema, String name) {
    public TableName {
        Objects.requireNonNull(name, "name");
    }

    public static TableName of(String schema, String name) {
        return new TableName(schema == null || schema.isBlank() ? null : schema, name);
    }

    /** The name as SQL, schema-qualified when a schema is set. */
    String qualified(Dialect dialect) {
        return (schema == null ? "" : dialect.quoteIdentifier(schema) + ".") + dialect.quoteIdentifier(name);
    }

    /** Whether the table exists, as the connection's search path resolves it. */
    boolean exists(Connection c, Dialect dialect) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualified(dialect));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
