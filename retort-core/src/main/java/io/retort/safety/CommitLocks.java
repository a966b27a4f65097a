package io.retort.safety;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Wraps the connections of a rehearsal's migrations: just before each commit it reads, on the same
 * connection, the table and index locks its transaction holds (PostgreSQL keeps them until then),
 * keeping the strongest mode on each, and it notes when a migration switches to autocommit to run
 * outside a transaction.
 */
final class CommitLocks {
    /** The user relations this backend has locked; one whose creation is undone shows by its oid. */
    private static final String HELD = "SELECT coalesce(quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
            + " 'relation ' || l.relation), l.mode FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation"
            + " LEFT JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() AND l.granted"
            + " AND l.locktype = 'relation' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND coalesce(n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%', true)"
            + " ORDER BY 1, 2";

    /** PostgreSQL's table lock modes, weakest first: each conflicts with at least what the one before does. */
    private static final List<String> STRENGTH = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    private final Predicate<String> bookkeeping;
    /** The strongest mode seen on each relation, in the order first seen. */
    private final Map<String, String> locks = new LinkedHashMap<>();
    private boolean outsideTransaction;

    /** {@code bookkeeping} tells the version and history tables (and their indexes), whose locks every revision takes. */
    CommitLocks(Predicate<String> bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit") && args == null) {
                for (RehearsalReport.Lock lock : held(connection)) {
                    if (!bookkeeping.test(lock.relation())) {
                        locks.merge(lock.relation(), lock.mode(),
                                (a, b) -> STRENGTH.indexOf(b) > STRENGTH.indexOf(a) ? b : a);
                    }
                }
            } else if (method.getName().equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit()) {
                outsideTransaction = true;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /** The locks seen since the last call, in order, and forgets them. */
    List<RehearsalReport.Lock> drain() {
        List<RehearsalReport.Lock> seen = new ArrayList<>();
        locks.forEach((relation, mode) -> seen.add(new RehearsalReport.Lock(relation, mode)));
        locks.clear();
        return seen;
    }

    /** Whether a migration ran outside a transaction since the last call; forgets it. */
    boolean drainOutsideTransaction() {
        boolean was = outsideTransaction;
        outsideTransaction = false;
        return was;
    }

    private static List<RehearsalReport.Lock> held(Connection c) throws SQLException {
        List<RehearsalReport.Lock> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HELD)) {
            while (rs.next()) {
                out.add(new RehearsalReport.Lock(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }
}
