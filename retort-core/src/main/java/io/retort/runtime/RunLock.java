package io.retort.runtime;

import java.sql.Connection;

/**
 * Retort's lock on one version table, held for the length of a command so that two runs never
 * apply a revision twice. PostgreSQL holds it as a session advisory lock ({@link MigrationLock});
 * a server whose advisory locks cannot be trusted, such as CockroachDB whose are stubs that
 * always succeed, can hold it as a lease row ({@link LeaseRunLock}).
 */
interface RunLock extends AutoCloseable {
    /** The session the lock was taken on; free for short queries while the lock is held. */
    Connection session();

    /** Releases the lock and closes its session. */
    @Override
    void close();
}
