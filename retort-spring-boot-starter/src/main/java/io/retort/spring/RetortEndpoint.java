package io.retort.spring;

import io.retort.Retort;
import io.retort.runtime.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** The {@code retort} actuator endpoint: where the database is, the graph's heads and the last runs. */
@Endpoint(id = "retort")
public class RetortEndpoint {
    static final int LAST_RUNS = 20;

    private final Retort retort;
    private final Optional<DatabaseAddress> address;
    private final TableName historyTable;

    RetortEndpoint(Retort retort, Optional<DatabaseAddress> address, TableName historyTable) {
        this.retort = retort;
        this.address = address;
        this.historyTable = historyTable;
    }

    /** What the endpoint answers. */
    public record DatabaseState(List<String> current, List<String> heads, List<Run> lastRuns) {}

    /** One row of {@code retort_history}: one step of a migration. */
    public record Run(String revision, String direction, String message, OffsetDateTime startedAt, long durationMs,
                      String appliedBy) {}

    @ReadOperation
    public DatabaseState report() {
        return new DatabaseState(retort.current(), retort.graph().heads(), lastRuns());
    }

    private List<Run> lastRuns() {
        if (address.isEmpty()) {
            return List.of();
        }
        try (Connection c = address.get().connect()) {
            if (!tableExists(c)) {
                return List.of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT revision, direction, message, started_at, duration_ms, applied_by"
                    + " FROM " + quoted(historyTable) + " ORDER BY id DESC LIMIT " + LAST_RUNS);
                 ResultSet rs = s.executeQuery()) {
                List<Run> runs = new ArrayList<>();
                while (rs.next()) {
                    runs.add(new Run(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                            rs.getLong(5), rs.getString(6)));
                }
                return runs;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + historyTable.name() + " at " + address.get() + ": " + e.getMessage(), e);
        }
    }

    private boolean tableExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, quoted(historyTable));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String quoted(TableName table) {
        String name = quoted(table.name());
        return table.schema() == null ? name : quoted(table.schema()) + "." + name;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
