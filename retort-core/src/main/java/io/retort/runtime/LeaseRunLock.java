package io.retort.runtime;

import io.retort.RetortException;
import io.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retort's lock as a lease row in a lock table, for servers whose advisory locks cannot be
 * trusted: the row names its holder and an expiry, a heartbeat moves the expiry on while the run
 * lasts, and a run whose holder died takes the row over once the lease has expired. Every step is
 * one autocommitted statement on the lock's own session, so it needs nothing but a primary key.
 */
final class LeaseRunLock implements RunLock {
    private final Connection session;
    private final String table;
    private final String name;
    private final String holder;
    private final Duration lease;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean lost;

    private LeaseRunLock(Connection session, String table, String name, String holder, Duration lease) {
        this.session = session;
        this.table = table;
        this.name = name;
        this.holder = holder;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retort-lease-" + name);
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lease {@code name} in {@code lockTable} (created when missing), waiting up to
     * {@code timeout} for another holder to release it or let it expire; the caller hands over
     * {@code session} for good.
     *
     * @param holderName who holds it, for the message another run shows while it waits
     */
    static LeaseRunLock acquire(Connection session, TableName lockTable, Dialect dialect, String name, String holderName,
                                Duration lease, Duration timeout) {
        String table = lockTable.qualified(dialect);
        String holder = holderName + " " + UUID.randomUUID();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            session.setAutoCommit(true);
            try (Statement s = session.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + table + " (name varchar(255) PRIMARY KEY,"
                        + " holder text NOT NULL, expires_at timestamptz NOT NULL)");
            }
            try (PreparedStatement ps = session.prepareStatement("INSERT INTO " + table + " AS l (name, holder, expires_at)"
                    + " VALUES (?, ?, now() + ? * interval '1 millisecond')"
                    + " ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at"
                    + " WHERE l.expires_at < now() RETURNING holder")) {
                ps.setString(1, name);
                ps.setString(2, holder);
                ps.setLong(3, lease.toMillis());
                while (true) {
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return new LeaseRunLock(session, table, name, holder, lease);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new RetortException("another migration holds Retort's lease " + name + " in " + table
                                + " (" + currentHolder(session, table, name) + ") and did not release it within "
                                + timeout.toSeconds() + " s; wait for it to finish, or raise lock_timeout_seconds");
                    }
                    Thread.sleep(Math.min(100, Math.max(1, lease.toMillis() / 10)));
                }
            }
        } catch (SQLException e) {
            throw new RetortException("cannot take Retort's lease " + name + " in " + table + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for Retort's lease " + name);
        }
    }

    private static String currentHolder(Connection c, String table, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT holder, expires_at FROM " + table + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? "held by " + rs.getString(1) + " until " + rs.getTimestamp(2) : "holder unknown";
            }
        }
    }

    private void renew() {
        try (PreparedStatement ps = session.prepareStatement("UPDATE " + table
                + " SET expires_at = now() + ? * interval '1 millisecond' WHERE name = ? AND holder = ?")) {
            ps.setLong(1, lease.toMillis());
            ps.setString(2, name);
            ps.setString(3, holder);
            if (ps.executeUpdate() == 0) {
                lost = true; // expired and taken over: the run must not trust the lock any more
            }
        } catch (SQLException e) {
            lost = true;
        }
    }

    /** Whether a heartbeat found the lease expired and taken, or could not renew it. */
    boolean lost() {
        return lost;
    }

    @Override
    public Connection session() {
        return session;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try (session; PreparedStatement ps = session.prepareStatement("DELETE FROM " + table + " WHERE name = ? AND holder = ?")) {
            ps.setString(1, name);
            ps.setString(2, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            // The lease expires by itself.
        }
    }
}
