package io.retort.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Stands in front of PostgreSQL's driver in {@link DriverManager} while open, counting the
 * statements executed through the connections it opens: a command's queries counted on the client,
 * with no seam in the code under test.
 */
final class StatementCountingDriver implements Driver, AutoCloseable {
    private final Driver postgres;
    private final List<Driver> displaced = new ArrayList<>();
    private final AtomicInteger statements = new AtomicInteger();

    private StatementCountingDriver(Driver postgres) {
        this.postgres = postgres;
    }

    /** Registers a counting driver in place of the registered PostgreSQL ones. */
    static StatementCountingDriver install() throws SQLException {
        StatementCountingDriver counting = new StatementCountingDriver(new org.postgresql.Driver());
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver instanceof org.postgresql.Driver) {
                DriverManager.deregisterDriver(driver);
                counting.displaced.add(driver);
            }
        }
        DriverManager.registerDriver(counting);
        return counting;
    }

    /** Statements executed since the last call. */
    int take() {
        return statements.getAndSet(0);
    }

    @Override
    public void close() throws SQLException {
        DriverManager.deregisterDriver(this);
        for (Driver driver : displaced) {
            DriverManager.registerDriver(driver);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : (Connection) proxy(connection, Connection.class);
    }

    private Object proxy(Object target, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (result instanceof java.sql.CallableStatement) {
                return proxy(result, java.sql.CallableStatement.class);
            }
            if (result instanceof java.sql.PreparedStatement) {
                return proxy(result, java.sql.PreparedStatement.class);
            }
            return result instanceof Statement && !(target instanceof Statement) ? proxy(result, Statement.class) : result;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("io.retort.cli");
    }
}
