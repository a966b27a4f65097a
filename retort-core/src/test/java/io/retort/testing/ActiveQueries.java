package io.retort.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/** Waits, from a session of the test's own, until some session runs a given statement. */
public final class ActiveQueries {
    private ActiveQueries() {}

    /** Returns once a session of {@code db} is running a statement that starts with {@code prefix}; fails after a minute. */
    public static void awaitRunning(TestDatabase db, String prefix) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
                        + " AND pid <> pg_backend_pid() AND starts_with(query, ?)")) {
            ps.setString(1, prefix);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no session of " + db.name() + " ever ran " + prefix);
    }
}
