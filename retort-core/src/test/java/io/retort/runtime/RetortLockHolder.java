package io.retort.runtime;

import io.retort.dialect.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Holds Retort's advisory lock from a test's own session, as another run would. */
public final class RetortLockHolder implements AutoCloseable {
    private final Connection session;
    private final long key;

    private RetortLockHolder(Connection session, long key) {
        this.session = session;
        this.key = key;
    }

    /** Takes the lock runs on {@code versionTable} (unqualified, in the search path) take; {@code session} stays the caller's. */
    public static RetortLockHolder hold(Connection session, String versionTable) throws SQLException {
        long key = MigrationLock.keyFor(new VersionTable(TableName.of(null, versionTable), new PostgresDialect()).qualified());
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
        return new RetortLockHolder(session, key);
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }
}
