package io.retort.fleet;

import io.retort.RetortFleet;
import io.retort.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A project folder with a retort.toml whose [fleet] is given, for fleet tests. */
final class FleetProject {
    private FleetProject() {}

    /** Writes {@code dir/retort.toml}: revisions in {@code versions}, the environment's database {@code url}, then {@code fleet}. */
    static Path write(Path dir, Path versions, String url, String fleet) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("retort.toml");
            Files.writeString(file, """
                    [retort]
                    script_locations = ["%s"]

                    [environments.development]
                    url = "%s"

                    %s
                    """.formatted(versions.toAbsolutePath().toString().replace("\\", "/"), url, fleet));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RetortFleet fleet(Path config) {
        return RetortFleet.fromConfig(config, null, null, Map.of(), Map.of());
    }

    /** Creates schemas {@code prefix000} ... on {@code database}. */
    static void schemas(String database, String prefix, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestServer.url(database)); var s = c.createStatement()) {
            for (int i = 0; i < count; i++) {
                s.execute("CREATE SCHEMA " + prefix + String.format("%03d", i));
            }
        }
    }

    /** {@code revision=count} for every row of {@code schema}'s history table, in revision order. */
    static List<String> historyCounts(String url, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT revision, count(*) FROM " + schema
                     + ".retort_history WHERE direction = 'upgrade' GROUP BY revision ORDER BY revision")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1) + "=" + rs.getInt(2));
            }
            return out;
        }
    }

    /** The tables, columns, indexes and constraints of {@code schema}, with the schema's name taken out, sorted. */
    static List<String> catalog(String url, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url)) {
            query(c, "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                    + " || coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = ?", schema, out);
            query(c, "SELECT indexname || ' ' || replace(indexdef, ? || '.', '') FROM pg_indexes WHERE schemaname = ?",
                    schema, out);
            query(c, "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE connamespace = ?::regnamespace", schema, out);
        }
        return out.stream().map(l -> l.replace(schema + ".", "")).sorted().toList();
    }

    private static void query(Connection c, String sql, String schema, List<String> out) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setString(i, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
    }
}
