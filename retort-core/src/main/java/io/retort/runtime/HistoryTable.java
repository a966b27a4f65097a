package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Column;
import io.retort.ops.Operation;
import io.retort.ops.Types;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retort's append-only record of every step: which revision, which way, when, by whom, how long,
 * and the checksum of the revision's source. Left out of every schema comparison.
 */
final class HistoryTable {
    /** Room for {@code v1:} and a SHA-256 in hex, and for a future algorithm's longer prefix. */
    static final int CHECKSUM_WIDTH = 128;
    private final TableName table;
    private final Dialect dialect;

    HistoryTable(TableName table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
    }

    boolean exists(Connection c) throws SQLException {
        return table.exists(c, dialect);
    }

    String qualified() {
        return table.qualified(dialect);
    }

    List<Statement> create() {
        return dialect.render(new Operation.CreateTable(table.schema(), table.name(), List.of(
                Column.column("id", Types.BIGINT).identity(Column.Identity.ALWAYS).primaryKey(),
                Column.column("revision", Types.varchar(128)).notNull(),
                Column.column("direction", Types.varchar(16)).notNull(),
                Column.column("message", Types.TEXT),
                Column.column("checksum", Types.varchar(CHECKSUM_WIDTH)),
                Column.column("started_at", Types.TIMESTAMPTZ).notNull(),
                Column.column("finished_at", Types.TIMESTAMPTZ).notNull(),
                Column.column("duration_ms", Types.BIGINT).notNull(),
                Column.column("applied_by", Types.TEXT).notNull(),
                Column.column("db_user", Types.TEXT).notNull().defaultSql("current_user")), null));
    }


    /** A row for one finished step, with the times measured by this process. */
    Statement record(String revision, String direction, String message, String checksum,
                     OffsetDateTime started, OffsetDateTime finished, String appliedBy) {
        long ms = Duration.between(started, finished).toMillis();
        return new Statement("INSERT INTO " + qualified()
                + " (revision, direction, message, checksum, started_at, finished_at, duration_ms, applied_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(revision, direction, message, checksum, started, finished, ms, appliedBy));
    }

    /** Widens the checksum column of a table made before checksums carried their algorithm ({@code varchar(64)}). */
    List<Statement> widenChecksum(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT character_maximum_length FROM information_schema.columns"
                + " WHERE table_schema = COALESCE(?, current_schema()) AND table_name = ? AND column_name = 'checksum'")) {
            ps.setString(1, table.schema());
            ps.setString(2, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) >= CHECKSUM_WIDTH) {
                    return List.of();
                }
            }
        }
        return dialect.render(Operation.AlterColumn.of(table.name(), "checksum").inSchema(table.schema())
                .type(Types.varchar(CHECKSUM_WIDTH)));
    }

    /**
     * Each revision's last row that is not a downgrade: the checksum it was applied (or last
     * repaired) with, null when none was recorded. Revisions whose last row is a downgrade are left out.
     */
    Map<String, Optional<String>> appliedChecksums(Connection c) throws SQLException {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        if (!exists(c)) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, direction, checksum FROM (SELECT DISTINCT ON (revision)"
                + " revision, direction, checksum FROM " + qualified() + " ORDER BY revision, id DESC) last"
                + " WHERE direction <> 'downgrade' ORDER BY revision");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), Optional.ofNullable(rs.getString(3)));
            }
        }
        return out;
    }

    /** The last {@code limit} rows (all with a negative limit), oldest first; empty when the table does not exist. */
    List<HistoryEntry> read(Connection c, int limit) throws SQLException {
        List<HistoryEntry> out = new java.util.ArrayList<>();
        if (!exists(c)) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (SELECT id, revision, direction, message, checksum,"
                + " started_at, finished_at, duration_ms, applied_by, db_user FROM " + qualified()
                + " ORDER BY id DESC" + (limit < 0 ? "" : " LIMIT " + limit) + ") last ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                            rs.getLong(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        return out;
    }
}
