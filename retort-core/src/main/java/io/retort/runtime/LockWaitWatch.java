package io.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches, from a second session, whether the migration's session waits for a lock, and remembers
 * whom it waited for: once {@code lock_timeout} cancels the wait, the server no longer says.
 */
final class LockWaitWatch implements AutoCloseable {
    /** The SQLSTATE of {@code canceling statement due to lock timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Polls at least four times within the timeout, and no more than ten times a second for long ones. */
    private static final long POLL_MILLIS = 100;
    private static final long MIN_POLL_MILLIS = 10;
    private static final String WAITING = "SELECT 1 FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'";
    private static final String BLOCKERS = "SELECT b.pid, coalesce(b.application_name, ''), b.usename,"
            + " to_char(b.xact_start, 'YYYY-MM-DD HH24:MI:SS'), b.state,"
            + " (SELECT w.relation::regclass::text FROM pg_locks w WHERE w.pid = ? AND NOT w.granted"
            + " AND w.relation IS NOT NULL LIMIT 1)"
            + " FROM pg_stat_activity b WHERE b.pid = ANY(pg_blocking_pids(?)) ORDER BY b.pid";

    private final Duration timeout;
    private final ScheduledExecutorService poller;
    private final AtomicReference<String> lastSeen = new AtomicReference<>();

    private LockWaitWatch(Duration timeout, ScheduledExecutorService poller) {
        this.timeout = timeout;
        this.poller = poller;
    }

    /** No timeout, nothing watched: offline scripts, and environments without {@code lock_timeout}. */
    static LockWaitWatch none() {
        return new LockWaitWatch(Duration.ZERO, null);
    }

    /**
     * Watches {@code migration} through {@code watcher}, which nothing else uses until {@link #close()};
     * nothing when {@code timeout} is zero.
     */
    static LockWaitWatch start(Connection watcher, Connection migration, Duration timeout) throws SQLException {
        if (timeout.isZero()) {
            return none();
        }
        int pid;
        try (PreparedStatement ps = migration.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            pid = rs.getInt(1);
        }
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retort-lock-wait-watch");
            t.setDaemon(true);
            return t;
        });
        LockWaitWatch watch = new LockWaitWatch(timeout, poller);
        long every = Math.max(MIN_POLL_MILLIS, Math.min(POLL_MILLIS, timeout.toMillis() / 4));
        poller.scheduleWithFixedDelay(() -> watch.poll(watcher, pid), 0, every, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void poll(Connection watcher, int pid) {
        try (PreparedStatement waiting = watcher.prepareStatement(WAITING)) {
            waiting.setInt(1, pid);
            try (ResultSet rs = waiting.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
            try (PreparedStatement ps = watcher.prepareStatement(BLOCKERS)) {
                ps.setInt(1, pid);
                ps.setInt(2, pid);
                List<String> holders = new ArrayList<>();
                String relation = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        relation = rs.getString(6);
                        holders.add("pid " + rs.getInt(1) + " (application " + (rs.getString(2).isEmpty() ? "unnamed"
                                : rs.getString(2)) + ", user " + rs.getString(3)
                                + (rs.getString(4) == null ? "" : ", in transaction since " + rs.getString(4))
                                // Null where the user may not see other users' sessions (pg_read_all_stats).
                                + (rs.getString(5) == null ? "" : ", state " + rs.getString(5)) + ")");
                    }
                }
                if (!holders.isEmpty()) {
                    lastSeen.set((relation == null ? "a lock" : "a lock on table " + relation) + " held by "
                            + String.join(" and ", holders));
                }
            }
        } catch (SQLException e) {
            // Only a message is lost: the failure, if it comes, is reported without its blocker.
        }
    }

    /** {@code SET LOCAL lock_timeout} for a transaction's start, or nothing without a timeout. */
    List<String> transactionSetting() {
        return timeout.isZero() ? List.of() : List.of("SET LOCAL lock_timeout = " + timeout.toMillis());
    }

    /** The same for statements outside a transaction, and what undoes it after them. */
    List<String> sessionSetting() {
        return timeout.isZero() ? List.of() : List.of("SET lock_timeout = " + timeout.toMillis());
    }

    List<String> sessionReset() {
        return timeout.isZero() ? List.of() : List.of("RESET lock_timeout");
    }

    /** Whether {@code e}, or what caused it, is PostgreSQL cancelling a statement at {@code lock_timeout}. */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** {@code lock_timeout (5s) waiting for a lock on table t held by pid 123 (...)}. */
    String describe() {
        String seen = lastSeen.get();
        return "lock_timeout (" + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms")
                + ") waiting for "
                + (seen != null ? seen : "a lock held by another session (which one was not seen: see pg_locks)");
    }

    /** Forgets what it saw, so a later failure names only its own blocker. */
    void forget() {
        lastSeen.set(null);
    }

    @Override
    public void close() {
        if (poller == null) {
            return;
        }
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS); // the watcher's connection closes right after
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
