package io.retort.schema;

import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving each test a connection whose changes are rolled back after it, so
 * tests change a shared database in private: {@code @RegisterExtension final RolledBackTransaction
 * actual = new RolledBackTransaction(() -> db);}.
 */
final class RolledBackTransaction implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<TestDatabase> database;
    private Connection connection;

    RolledBackTransaction(Supplier<TestDatabase> database) {
        this.database = database;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        connection = database.get().connect();
        connection.setAutoCommit(false);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        connection.rollback();
        connection.close();
    }

    /** Runs {@code sql} (one or more statements) in the transaction and returns its connection. */
    Connection after(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        return connection;
    }

    Connection connection() {
        return connection;
    }
}
