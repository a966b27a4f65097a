package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.graph.VersionChange;
import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.Types;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Alembic's version table: one row per applied head, created exactly as Alembic creates it
 * ({@code version_num varchar(32)}, primary key {@code <table>_pkc}) so Python Alembic can keep
 * reading it. The column is widened only when a longer id is about to be stored.
 */
final class VersionTable {
    static final int ALEMBIC_WIDTH = 32;
    static final int WIDE = 128;
    private static final String UNDEFINED_TABLE = "42P01";

    private final TableName table;
    private final Dialect dialect;

    VersionTable(TableName table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
    }

    String qualified() {
        return table.qualified(dialect);
    }

    List<Statement> create() {
        return dialect.render(new Operation.CreateTable(table.schema(), table.name(), List.of(
                Column.column("version_num", Types.varchar(ALEMBIC_WIDTH)).notNull(),
                new Constraint.PrimaryKey(table.name() + "_pkc", List.of("version_num"))), null));
    }

    List<Statement> widen() {
        return dialect.render(Operation.AlterColumn.of(table.name(), "version_num").inSchema(table.schema())
                .type(Types.varchar(WIDE)).existingType(Types.varchar(ALEMBIC_WIDTH)));
    }

    /** The width of {@code version_num}, or -1 when the table does not exist. */
    int width(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CASE WHEN a.atttypmod < 0 THEN -1 ELSE a.atttypmod - 4 END FROM pg_attribute a WHERE a.attrelid = to_regclass(?) AND a.attname = 'version_num'")) {
            ps.setString(1, qualified());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                int width = rs.getInt(1);
                return width < 0 ? Integer.MAX_VALUE : width; // an unbounded varchar or text

            }
        }
    }

    /**
     * The rows, empty when the table does not exist. In autocommit that is one statement, a missing
     * table read from its error; inside a transaction, which an error would abort, the table's
     * existence is asked first.
     */
    List<String> read(Connection c) throws SQLException {
        List<String> heads = new ArrayList<>();
        boolean autocommit = c.getAutoCommit();
        if (!autocommit && !table.exists(c, dialect)) {
            return heads;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version_num FROM " + qualified() + " ORDER BY version_num");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (autocommit && UNDEFINED_TABLE.equals(e.getSQLState())) {
                return heads;
            }
            throw e;
        }
        return heads;
    }

    /** The statements that carry out one step's change, in Alembic's order: deletes, updates, inserts. */
    List<Statement> apply(VersionChange change) {
        List<Statement> out = new ArrayList<>();
        for (String id : change.deletes()) {
            out.add(new Statement("DELETE FROM " + qualified() + " WHERE version_num = ?", List.of(id)));
        }
        for (VersionChange.Update u : change.updates()) {
            out.add(new Statement("UPDATE " + qualified() + " SET version_num = ? WHERE version_num = ?", List.of(u.to(), u.from())));
        }
        for (String id : change.inserts()) {
            out.add(new Statement("INSERT INTO " + qualified() + " (version_num) VALUES (?)", List.of(id)));
        }
        return out;
    }

    static boolean needsWidening(int width, List<String> ids) {
        return width >= 0 && width < WIDE && ids.stream().anyMatch(id -> id.length() > width);
    }
}
