package io.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches {@code pg_locks} while a command runs, to tell whether the tool holds an advisory
 * lock on its database (how migration tools keep two runs from interleaving).
 */
final class AdvisoryLockWatch implements AutoCloseable {
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger sightings = new AtomicInteger();
    private final Connection connection;

    AdvisoryLockWatch(String database) throws SQLException {
        connection = Scratch.connect("postgres");
        PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                + "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = ?");
        query.setString(1, database);
        poller.scheduleWithFixedDelay(() -> {
            try (ResultSet r = query.executeQuery()) {
                r.next();
                if (r.getInt(1) > 0) {
                    sightings.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read pg_locks: " + e.getMessage(), e);
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    /** True once an advisory lock on the database was seen. */
    boolean seen() {
        return sightings.get() > 0;
    }

    @Override
    public void close() throws SQLException {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
