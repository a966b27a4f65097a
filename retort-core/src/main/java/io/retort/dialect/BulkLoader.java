package io.retort.dialect;

import io.retort.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;

/** How a dialect carries out a bulk insert on a live connection, inside its current transaction. */
public interface BulkLoader {
    void load(Connection connection, Operation.BulkInsert insert) throws SQLException;

    /**
     * Like {@link #load}, but may leave the load's last stream open and return it, so that the next
     * bulk insert into the same table and columns continues it (the server takes in rows while the
     * migration makes the next ones). {@code open} is what the previous call returned, or null.
     * Whatever is returned must be {@link OpenLoad#end() ended} before the connection does
     * anything else.
     */
    default OpenLoad loadContinuing(Connection connection, Operation.BulkInsert insert, OpenLoad open) throws SQLException {
        if (open != null) {
            open.end();
        }
        load(connection, insert);
        return null;
    }

    /**
     * The row of a streamed load that the server refused in {@code e}, counted from 1 across the
     * calls that fed it, or -1 when the error does not say.
     */
    default long refusedRow(SQLException e) {
        return -1;
    }

    /** A bulk load still streaming. */
    interface OpenLoad {
        /** Sends the rest and ends it; the server's refusal of any of its rows surfaces here at the latest. */
        void end() throws SQLException;

        /** Abandons it, after a failure. */
        void cancel();
    }
}
