package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Column;
import io.retort.ops.Operation;
import io.retort.ops.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Retort's append-only record of every step: which revision, which way, when, by whom, how long,
 * and the checksum of the revision's source. Left out of every schema comparison.
 */
final class HistoryTable {
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
                Column.column("checksum", Types.varchar(64)),
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
}
