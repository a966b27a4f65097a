package io.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Properties;

/**
 * Plain JDBC loading the bulk table with batched INSERTs in one transaction: what a hand-written
 * data migration does without a migration tool.
 */
public final class JdbcBulkInsertMain {
    private JdbcBulkInsertMain() {}

    /** {@code JdbcBulkInsertMain <database> <rows> <batch size> <reWriteBatchedInserts>}. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: JdbcBulkInsertMain <database> <rows> <batch size> <reWriteBatchedInserts>");
        }
        long rows = Long.parseLong(args[1]);
        int batch = Integer.parseInt(args[2]);
        Properties properties = new Properties();
        properties.setProperty("user", Scratch.USER);
        properties.setProperty("reWriteBatchedInserts", args[3]);
        OffsetDateTime createdAt = OffsetDateTime.parse(BulkLoad.CREATED_AT);
        try (Connection c = java.sql.DriverManager.getConnection(Scratch.jdbcUrl(args[0]), properties);
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO " + BulkLoad.TABLE + " (id, name, payload, created_at) VALUES (?, ?, ?::jsonb, ?)")) {
            c.setAutoCommit(false);
            for (long id = 1; id <= rows; id++) {
                insert.setLong(1, id);
                insert.setString(2, BulkLoad.name(id));
                insert.setString(3, BulkLoad.payload(id));
                insert.setObject(4, createdAt);
                insert.addBatch();
                if (id % batch == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }
}
