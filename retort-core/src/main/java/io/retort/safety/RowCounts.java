package io.retort.safety;

import io.retort.RetortException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many rows each user table holds, counted exactly. */
final class RowCounts {
    private RowCounts() {}

    /** Every table outside the system schemas, as {@code schema.table} ({@code table} alone in public). */
    static Map<String, Long> take(Connection c) {
        try (Statement s = c.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schemaname, tablename FROM pg_tables"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String[] t : tables) {
                counts.put(t[0].equals("public") ? t[1] : t[0] + "." + t[1], count(s, t[0], t[1]));
            }
            return counts;
        } catch (SQLException e) {
            throw new RetortException("could not count the rows of the copy: " + e.getMessage(), e);
        }
    }

    static long count(Statement s, String schema, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(schema) + "." + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
