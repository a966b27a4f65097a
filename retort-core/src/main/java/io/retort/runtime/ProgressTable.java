package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How far a step that runs outside a transaction has come: one row per step in flight, written
 * (committed) before and after each such statement and deleted together with the step's version
 * change. A row left behind says a run stopped inside that step. Created on first use, so a
 * database that never ran such a step has no such table; Alembic's version table is not touched.
 */
final class ProgressTable {
    private final TableName table;
    private final VersionTable versions;
    private final Dialect dialect;

    ProgressTable(TableName table, VersionTable versions, Dialect dialect) {
        this.table = table;
        this.versions = versions;
        this.dialect = dialect;
    }

    /**
     * One step's progress.
     *
     * @param statement the first statement (counted from 0) not known to be done
     * @param running   whether that statement was sent and may or may not have taken effect
     * @param doneHash  the hash of the SQL of the statements before it, to see the revision still runs them
     * @param sql       the statement that was running, for messages
     * @param current   whether the version table is as it was when the row was written
     */
    record Row(String revision, String direction, int statement, boolean running, String doneHash, String sql,
               boolean current) {}

    String qualified() {
        return table.qualified(dialect);
    }

    Statement create() {
        return Statement.of("CREATE TABLE IF NOT EXISTS " + qualified() + " (revision varchar(128) NOT NULL,"
                + " direction varchar(16) NOT NULL, heads text NOT NULL, statement integer NOT NULL,"
                + " running boolean NOT NULL, done_hash varchar(64) NOT NULL, sql text,"
                + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (revision, direction))");
    }

    /** Records the step's progress; a new row also records the version table as it is now. */
    Statement save(String revision, String direction, int statement, boolean running, String doneHash, String sql) {
        return new Statement("INSERT INTO " + qualified()
                + " (revision, direction, heads, statement, running, done_hash, sql) SELECT ?, ?, " + heads() + ", ?, ?, ?, ?"
                + " ON CONFLICT (revision, direction) DO UPDATE SET statement = EXCLUDED.statement,"
                + " running = EXCLUDED.running, done_hash = EXCLUDED.done_hash, sql = EXCLUDED.sql, updated_at = now()",
                Arrays.asList(revision, direction, statement, running, doneHash, sql));
    }

    Statement delete(String revision, String direction) {
        return new Statement("DELETE FROM " + qualified() + " WHERE revision = ? AND direction = ?",
                List.of(revision, direction));
    }

    /** The rows left by runs that stopped inside a step; none when the table does not exist. */
    List<Row> read(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (!table.exists(c, dialect)) {
            return rows;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, direction, statement, running, done_hash, sql,"
                + " heads = " + heads() + " FROM " + qualified() + " ORDER BY revision, direction");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7)));
            }
        }
        return rows;
    }

    /** The version table's rows as one text, to notice when the database was moved since a row was written. */
    private String heads() {
        return "(SELECT COALESCE(string_agg(version_num, ' ' ORDER BY version_num), '') FROM " + versions.qualified() + ")";
    }
}
