package io.retort.fleet;

import io.retort.Redaction;
import io.retort.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * A database the fleet itself reads: the environment's database, whose schemas become targets, or
 * the control database, whose query lists targets and which keeps the ledger. {@code toString()}
 * shows no password.
 */
public record FleetDatabase(String url, String user, String password) {
    public FleetDatabase {
        Objects.requireNonNull(url, "url");
    }

    Connection connect() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "retort fleet");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + this + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return Redaction.url(url);
    }
}
