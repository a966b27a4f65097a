package io.retort.fleet;

import io.retort.RetortException;
import io.retort.config.FleetConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lists a fleet's targets from its configuration: the named targets, then the matching schemas, then the query's rows. */
public final class FleetTargets {
    private FleetTargets() {}

    /**
     * @param database the environment's database: where schema targets live
     * @param control the control database, where the query runs; needed only when there is a query
     */
    public static List<FleetTarget> resolve(FleetConfig config, FleetDatabase database, Optional<FleetDatabase> control) {
        Map<String, FleetTarget> targets = new LinkedHashMap<>();
        for (FleetConfig.Target t : config.targets()) {
            add(targets, t.url().isPresent()
                    ? new FleetTarget(t.name(), t.url().get(), database.user(), database.password(), Optional.empty(), t.arguments())
                    : schemaTarget(t.name(), t.schema().get(), database, t.arguments()), "[fleet.targets]");
        }
        config.schemas().ifPresent(pattern -> schemas(database, pattern)
                .forEach(s -> add(targets, schemaTarget(s, s, database, Map.of()), "schemas = \"" + pattern + "\"")));
        config.query().ifPresent(sql -> query(sql, control.orElse(database), database)
                .forEach(t -> add(targets, t, "the fleet's query")));
        return List.copyOf(targets.values());
    }

    private static FleetTarget schemaTarget(String name, String schema, FleetDatabase database, Map<String, String> args) {
        Map<String, String> arguments = new LinkedHashMap<>(Map.of("schema", schema));
        arguments.putAll(args);
        return new FleetTarget(name, database.url(), database.user(), database.password(), Optional.of(schema), arguments);
    }

    private static void add(Map<String, FleetTarget> targets, FleetTarget target, String source) {
        if (targets.putIfAbsent(target.name(), target) != null) {
            throw new RetortException("fleet target '" + target.name() + "' from " + source + " is named twice;"
                    + " every target needs a name of its own (it keys its shard and its ledger rows)");
        }
    }

    private static List<String> schemas(FleetDatabase database, String pattern) {
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname LIKE ? ORDER BY nspname")) {
            ps.setString(1, pattern);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new RetortException("cannot list the schemas LIKE '" + pattern + "' of " + database + ": " + e.getMessage(), e);
        }
    }

    /** Rows of {@code sql}: {@code name}, and {@code url} or {@code schema}; other columns are the target's arguments. */
    private static List<FleetTarget> query(String sql, FleetDatabase control, FleetDatabase database) {
        try (Connection c = control.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            if (!columns.contains("name") || columns.contains("url") == columns.contains("schema")) {
                throw new RetortException("the fleet's query (" + sql + ") returns columns " + columns + "; it must return"
                        + " name and either url or schema, e.g. SELECT name, url FROM facility");
            }
            List<FleetTarget> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), rs.getString(i + 1));
                }
                String name = row.remove("name");
                String url = row.remove("url");
                String schema = row.remove("schema");
                if (name == null || name.isBlank() || (url == null && schema == null)) {
                    throw new RetortException("the fleet's query (" + sql + ") returned a row without a name, or without a "
                            + (url == null ? "schema" : "url") + ": " + row);
                }
                row.values().removeIf(java.util.Objects::isNull);
                out.add(url != null ? new FleetTarget(name, url, database.user(), database.password(), Optional.empty(), row)
                        : schemaTarget(name, schema, database, row));
            }
            return out;
        } catch (SQLException e) {
            throw new RetortException("the fleet's query failed on " + control + ": " + e.getMessage() + " (SQL: " + sql + ")", e);
        }
    }
}
