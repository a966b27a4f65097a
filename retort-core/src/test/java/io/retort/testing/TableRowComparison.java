package io.retort.testing;

import io.retort.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The rows of one table in two PostgreSQL databases, compared. */
public final class TableRowComparison {
    private TableRowComparison() {}

    /** The primary key columns in key order, plain and quoted, with the table's quoted name. */
    private static final String PRIMARY_KEY = """
            SELECT r.oid::pg_catalog.regclass::text, a.attname, pg_catalog.quote_ident(a.attname)
            FROM (SELECT pg_catalog.to_regclass(?) AS oid) r
            LEFT JOIN pg_catalog.pg_index i ON i.indrelid = r.oid AND i.indisprimary
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            ORDER BY pg_catalog.array_position(i.indkey::pg_catalog.int2[], a.attnum)
            """;

    /** A table's rows in key order, each value in PostgreSQL's text form; null rows when the table is absent. */
    private record Rows(List<String> columns, List<String> key, List<List<String>> rows) {
        boolean present() {
            return rows != null;
        }

        /** Rows by their key label, in order; the whole row is the key of a table without a primary key. */
        Map<String, List<String>> byKey(String table) {
            List<String> keyColumns = key.isEmpty() ? columns : key;
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (List<String> row : rows) {
                String label = keyColumns.stream().map(c -> c + "=" + row.get(columns.indexOf(c)))
                        .collect(Collectors.joining(", ", table + "(", ")"));
                // identical rows in a keyless table get a counter so each is matched once
                String unique = label;
                for (int n = 2; map.containsKey(unique); n++) {
                    unique = label + " #" + n;
                }
                map.put(unique, row);
            }
            return map;
        }
    }

    /**
     * The differences between the rows of {@code table} ({@code name} or {@code schema.name}) in two
     * databases, matched by primary key (or compared as whole rows when the table has none), each
     * value compared in PostgreSQL's text form:
     * {@code row qualitypredictionmodel(name=R2-D2): can_train expected false, was true},
     * {@code row grid(uuid=g1): missing}.
     */
    public static List<String> differences(Connection expected, Connection actual, String table) {
        Rows e = read(expected, table);
        Rows a = read(actual, table);
        if (!e.present() || !a.present()) {
            return e.present() == a.present() ? List.of() : List.of("table " + table + ": " + (e.present() ? "missing" : "unexpected"));
        }
        if (!e.columns().equals(a.columns())) {
            return List.of("rows of " + table + ": columns expected " + e.columns() + ", was " + a.columns());
        }
        Map<String, List<String>> expectedRows = e.byKey(table);
        Map<String, List<String>> actualRows = a.byKey(table);
        List<String> out = new ArrayList<>();
        expectedRows.forEach((label, row) -> {
            List<String> other = actualRows.get(label);
            if (other == null) {
                out.add("row " + label + ": missing");
                return;
            }
            for (int i = 0; i < row.size(); i++) {
                if (!Objects.equals(row.get(i), other.get(i))) {
                    out.add("row " + label + ": " + e.columns().get(i) + " expected " + shown(row.get(i)) + ", was " + shown(other.get(i)));
                }
            }
        });
        actualRows.keySet().stream().filter(label -> !expectedRows.containsKey(label))
                .forEach(label -> out.add("row " + label + ": unexpected"));
        return List.copyOf(out);
    }

    private static Rows read(Connection connection, String table) {
        try {
            String quotedTable = null;
            List<String> key = new ArrayList<>();
            List<String> quotedKey = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(PRIMARY_KEY)) {
                statement.setString(1, table);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        quotedTable = row.getString(1);
                        if (row.getString(2) != null) {
                            key.add(row.getString(2));
                            quotedKey.add(row.getString(3));
                        }
                    }
                }
            }
            if (quotedTable == null) {
                return new Rows(List.of(), List.of(), null);
            }
            String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", quotedKey);
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + quotedTable + order);
                    ResultSet row = statement.executeQuery()) {
                ResultSetMetaData meta = row.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<List<String>> rows = new ArrayList<>();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(row.getString(i));
                    }
                    rows.add(values);
                }
                if (key.isEmpty()) {
                    rows.sort(Comparator.comparing(List::toString)); // text order is enough to pair equal rows
                }
                return new Rows(columns, key, rows);
            }
        } catch (SQLException e) {
            throw new RetortException("cannot read the rows of table " + table + ": " + e.getMessage(), e);
        }
    }

    private static String shown(String value) {
        return value == null ? "null" : value;
    }
}
