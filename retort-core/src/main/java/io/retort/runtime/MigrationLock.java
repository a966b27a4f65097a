package io.retort.runtime;

import io.retort.RetortEvent;
import io.retort.RetortException;
import io.retort.RetortListener;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * A PostgreSQL advisory lock held on a dedicated session for the length of a command. It is
 * session-level, not transaction-level, so statements that must run outside a transaction
 * ({@code CREATE INDEX CONCURRENTLY}) still work, and it is released by the server if the process
 * dies, because the session dies with it.
 */
final class MigrationLock implements RunLock {
    private static final long POLL_MILLIS = 100;
    private static final long REPORT_EVERY_POLLS = 10;

    private final Connection session;
    private final long key;

    private MigrationLock(Connection session, long key) {
        this.session = session;
        this.key = key;
    }

    /** The lock key: one per version table, so two projects in one database don't block each other. */
    static long keyFor(String versionTableQualifiedName) {
        CRC32 crc = new CRC32();
        crc.update(("retort:" + versionTableQualifiedName).getBytes(StandardCharsets.UTF_8));
        return 0x5265_746F_0000_0000L | crc.getValue();
    }

    /** Waits for the lock up to {@code timeout}; the caller hands over {@code session} for good. */
    static MigrationLock acquire(Connection session, long key, Duration timeout) {
        return acquire(session, key, timeout, RetortListener.NONE, new CancelSwitch());
    }

    /** The same, telling {@code listener} about once a second who holds the lock, and giving up when {@code cancel} is pulled. */
    static MigrationLock acquire(Connection session, long key, Duration timeout, RetortListener listener, CancelSwitch cancel) {
        try {
            return waitFor(session, key, timeout, listener, cancel);
        } catch (RuntimeException e) {
            try {
                session.close(); // handed over, so closed here: a DataSource's pool gets it back
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static MigrationLock waitFor(Connection session, long key, Duration timeout, RetortListener listener,
                                         CancelSwitch cancel) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        // version() rides along with the first try: a server that only looks like PostgreSQL is refused at no extra round trip.
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_try_advisory_lock(?), version()")) {
            ps.setLong(1, key);
            for (long polls = 1; ; polls++) {
                cancel.check();
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    refuseUnlessPostgres(session, key, rs.getBoolean(1), rs.getString(2));
                    if (rs.getBoolean(1)) {
                        return new MigrationLock(session, key);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new RetortException("another migration holds Retort's lock (" + holder(session, key)
                            + ") and did not release it within " + timeout.toSeconds()
                            + " s; wait for it to finish, or raise lock_timeout_seconds");
                }
                if (polls % REPORT_EVERY_POLLS == 0) {
                    listener.onEvent(new RetortEvent.LockWaited(holder(session, key), Duration.ofNanos(System.nanoTime() - start)));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            throw new RetortException("cannot take Retort's advisory lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for Retort's advisory lock");
        }
    }

    private static void refuseUnlessPostgres(Connection session, long key, boolean locked, String version)
            throws SQLException {
        try {
            DistributedSql.refuseUnsupported(version, "the database at " + io.retort.Redaction.url(session.getMetaData().getURL()));
        } catch (RetortException e) {
            if (locked) {
                new MigrationLock(session, key).close();
            }
            throw e;
        }
    }

    private static String holder(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start"
                        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.locktype = 'advisory' AND l.granted"
                        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND l.classid = ((?::bigint >> 32) & 4294967295)::oid AND l.objid = (?::bigint & 4294967295)::oid"
                        + " AND l.objsubid = 1 LIMIT 1")) {
            ps.setLong(1, key);
            ps.setLong(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "holder unknown";
                }
                return "pid " + rs.getInt(1) + ", application '" + rs.getString(2) + "', user " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : " from " + rs.getString(4))
                        + ", connected since " + rs.getTimestamp(5);
            }
        }
    }

    /** The session holding the lock; free for short queries, such as watching the run's lock waits. */
    @Override
    public Connection session() {
        return session;
    }

    @Override
    public void close() {
        try (session; PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException e) {
            // The session is closing anyway, and the server releases the lock with it.
        }
    }
}
