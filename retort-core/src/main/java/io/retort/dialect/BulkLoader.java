package io.retort.dialect;

import io.retort.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;

/** How a dialect carries out a bulk insert on a live connection, inside its current transaction. */
public interface BulkLoader {
    void load(Connection connection, Operation.BulkInsert insert) throws SQLException;
}
