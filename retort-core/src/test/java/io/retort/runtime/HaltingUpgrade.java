package io.retort.runtime;

import io.retort.Retort;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * {@code upgrade head} in a process of its own that halts (no shutdown hooks, no rollback: as if
 * killed) at exactly one point: {@code before:TEXT} just before the first statement whose SQL
 * contains TEXT is sent, {@code after:TEXT} just after it returned, {@code failed:TEXT} just after
 * it failed. Args: URL, versions folder, cache folder, that point. The point is seen by a JDBC
 * driver put in front of PostgreSQL's, so Retort runs unchanged.
 */
public final class HaltingUpgrade {
    static final int HALTED = 99;

    private HaltingUpgrade() {}

    public static void main(String[] args) throws Exception {
        String[] point = args[3].split(":", 2);
        for (Driver d : Collections.list(DriverManager.getDrivers())) {
            DriverManager.deregisterDriver(d);
            DriverManager.registerDriver(new Halting(d, point[0], point[1]));
        }
        Retort.configure().url(args[0]).scriptLocations(List.of(Path.of(args[1])))
                .cacheDirectory(Path.of(args[2])).log(System.out::println).build().upgrade("head");
        System.out.println("finished without reaching " + args[3]);
        System.exit(0);
    }

    /** Starts one such process; its output goes to the returned process's input stream. */
    static Process start(String url, Path versions, Path cache, String point) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingUpgrade.class.getName(),
                url, versions.toString(), cache.toString(), point).redirectErrorStream(true).start();
    }

    private record Halting(Driver driver, String when, String text) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection c = driver.connect(url, info);
            return c == null ? null : wrap(Connection.class, c, this::statementOf);
        }

        /** Statements and prepared statements that halt around the SQL they run. */
        private Object statementOf(Method m, Object[] args, Object result) {
            if (!(result instanceof Statement s)) {
                return result;
            }
            Class<? extends Statement> type = m.getName().equals("createStatement") ? Statement.class
                    : m.getName().equals("prepareStatement") ? java.sql.PreparedStatement.class : null;
            if (type == null) {
                return result;
            }
            String prepared = m.getName().equals("prepareStatement") ? (String) args[0] : null;
            List<String> batch = new ArrayList<>();
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, a) -> {
                String name = method.getName();
                if (name.equals("addBatch") && a != null && a.length == 1) {
                    batch.add((String) a[0]);
                }
                String sql = name.startsWith("execute") ? (a != null && a.length > 0 && a[0] instanceof String text ? text
                        : name.equals("executeBatch") ? String.join(";\n", batch) : prepared) : null;
                boolean matches = sql != null && sql.contains(text);
                haltIf(matches && when.equals("before"));
                try {
                    Object out = method.invoke(s, a);
                    haltIf(matches && when.equals("after"));
                    return out;
                } catch (InvocationTargetException e) {
                    haltIf(matches && when.equals("failed"));
                    throw e.getCause();
                }
            });
        }

        private static void haltIf(boolean now) {
            if (now) {
                System.out.flush();
                Runtime.getRuntime().halt(HALTED);
            }
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T wrap(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(HaltingUpgrade.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
