package io.retort.safety;

import io.retort.RetortException;
import io.retort.autogen.ComparisonOptions;
import io.retort.autogen.SchemaComparison;
import io.retort.dialect.postgres.PostgresInspector;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The schema of a database (without the bookkeeping tables) and how many rows each table holds. */
record CatalogSnapshot(DatabaseSchema schema, Map<String, Long> rowCounts) {

    static CatalogSnapshot take(Connection c) {
        DatabaseSchema schema = new PostgresInspector().inspect(c);
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (TableDef t : schema.tables()) {
                counts.put(t.name(), RowCounts.count(s, t.schema(), t.name()));
            }
        } catch (SQLException e) {
            throw new RetortException("verify could not count the rows of the scratch database: " + e.getMessage(), e);
        }
        return new CatalogSnapshot(schema, counts);
    }

    /**
     * How {@code actual} differs from this snapshot: schema differences, then tables whose row count
     * changed. Column order is overlooked: a downgrade that adds back a dropped column can only add
     * it at the end.
     */
    List<String> differences(CatalogSnapshot actual) {
        List<String> out = new ArrayList<>(SchemaComparison.differences(schema, actual.schema,
                ComparisonOptions.strict().ignoringColumnOrder()));
        rowCounts.forEach((table, rows) -> {
            Long after = actual.rowCounts.get(table);
            if (after != null && !after.equals(rows)) {
                out.add("table " + table + " had " + rows + " row(s), now " + after);
            }
        });
        return out;
    }
}
