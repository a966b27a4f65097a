package io.retort.fleet;

import io.retort.Redaction;
import io.retort.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger in the control database's {@code retort_fleet_ledger} table, one autocommitted row per
 * event, so that every machine of a sharded fleet records in one place.
 */
final class ControlTableLedger implements FleetLedger {
    static final String TABLE = "retort_fleet_ledger";
    private final Connection c;

    ControlTableLedger(FleetDatabase control) {
        this.c = control.connect();
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " run_id text NOT NULL, event text NOT NULL, target text, result text, from_revisions text,"
                    + " to_revisions text, duration_ms bigint, detail text,"
                    + " recorded_at timestamptz NOT NULL DEFAULT now())");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized Optional<String> begin(String runId, String command, int targets) {
        // The last run that began, when no end row followed it: killed or crashed part-way.
        Optional<String> unfinished = query("SELECT b.run_id FROM " + TABLE + " b WHERE b.event = 'begin'"
                + " AND NOT EXISTS (SELECT 1 FROM " + TABLE + " e WHERE e.run_id = b.run_id AND e.event = 'end')"
                + " AND b.id = (SELECT max(id) FROM " + TABLE + " WHERE event = 'begin')");
        insert(runId, "begin", null, null, null, null, null, command + " on " + targets + " target(s)");
        return unfinished;
    }

    @Override
    public synchronized void record(String runId, TargetOutcome o) {
        insert(runId, "target", o.target(), o.result().name(), LedgerRow.revisions(o.from()), LedgerRow.revisions(o.to()),
                o.duration().toMillis(), o.error());
    }

    @Override
    public synchronized void end(String runId, int failed) {
        insert(runId, "end", null, null, null, null, null, failed + " failed");
    }

    @Override
    public synchronized Map<String, TargetOutcome> lastOutcomes() {
        Map<String, TargetOutcome> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ON (target) target, result, from_revisions,"
                + " to_revisions, duration_ms, detail FROM " + TABLE + " WHERE event = 'target' AND result <> 'NOT_STARTED'"
                + " ORDER BY target, id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), LedgerRow.outcome(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6)));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<String> query(String sql) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void insert(String runId, String event, String target, String result, String from, String to, Long millis,
                        String detail) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (run_id, event, target, result,"
                + " from_revisions, to_revisions, duration_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, runId);
            ps.setString(2, event);
            ps.setString(3, target);
            ps.setString(4, result);
            ps.setString(5, from);
            ps.setString(6, to);
            ps.setObject(7, millis);
            ps.setString(8, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RetortException failure(SQLException e) {
        String url;
        try {
            url = Redaction.url(c.getMetaData().getURL());
        } catch (SQLException ignored) {
            url = "the control database";
        }
        return new RetortException("cannot use the fleet ledger " + TABLE + " in " + url + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            // Every row was autocommitted already.
        }
    }
}
