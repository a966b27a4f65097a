package io.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A scratch database for one test class, made on the PostgreSQL server tests use and dropped on
 * {@link #close()}. Use it from {@code @BeforeAll}/{@code @AfterAll}.
 */
public final class TestDatabase implements AutoCloseable {
    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Creates a database named after the test class plus a random suffix. */
    public static TestDatabase create(Class<?> owner) {
        String name = ("t_" + owner.getSimpleName() + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL))
                .toLowerCase(Locale.ROOT);
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    /** JDBC URL of this database, user included. */
    public String url() {
        return TestServer.url(name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() {
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }
}
