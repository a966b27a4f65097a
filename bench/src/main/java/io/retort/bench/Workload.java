package io.retort.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's schema history: {@code revisions} linear revisions. Revision i creates table
 * {@code t<i>} with a foreign key to the table created before it and an index on
 * {@code (name, created_at)}; every 10th revision instead adds a {@code varchar(50)} column to
 * the table created 9 revisions earlier. Every form (Retort, Flyway, Liquibase, psql) is
 * rendered from these steps, so they all build the same catalog.
 */
record Workload(int revisions) {

    Workload {
        if (revisions < 1) {
            throw new IllegalArgumentException("a workload needs at least one revision, not " + revisions);
        }
    }

    /** One revision's change, with the plain SQL that makes and undoes it. */
    sealed interface Step {
        int revision();

        /** A short file-name-safe description: {@code t12}, {@code t11_extra20}. */
        String slug();

        String message();

        List<String> upgradeSql();

        /** The statements that undo {@link #upgradeSql()}, in the order they run. */
        List<String> downgradeSql();

        /** The revision id Retort uses: {@code r00042}. */
        default String id() {
            return revisionId(revision());
        }
    }

    /** Creates {@code table}; {@code previousTable} is null for the first table. */
    record CreateTable(int revision, String table, String previousTable) implements Step {
        @Override
        public String slug() {
            return table;
        }

        @Override
        public String message() {
            return "create " + table;
        }

        String index() {
            return "ix_" + table + "_name_created_at";
        }

        @Override
        public List<String> upgradeSql() {
            String foreignKey = previousTable == null ? "" : ",\n    prev_id bigint REFERENCES " + previousTable + " (id)";
            return List.of(
                    "CREATE TABLE " + table + " (\n"
                            + "    id bigint PRIMARY KEY,\n"
                            + "    name varchar(100) NOT NULL,\n"
                            + "    created_at timestamptz DEFAULT now()" + foreignKey + "\n)",
                    "CREATE INDEX " + index() + " ON " + table + " (name, created_at)");
        }

        @Override
        public List<String> downgradeSql() {
            return List.of("DROP INDEX " + index(), "DROP TABLE " + table);
        }
    }

    /** Adds the {@code varchar(50)} column {@code column} to an existing {@code table}. */
    record AddColumn(int revision, String table, String column) implements Step {
        @Override
        public String slug() {
            return table + "_" + column;
        }

        @Override
        public String message() {
            return "add " + column + " to " + table;
        }

        @Override
        public List<String> upgradeSql() {
            return List.of("ALTER TABLE " + table + " ADD COLUMN " + column + " varchar(50)");
        }

        @Override
        public List<String> downgradeSql() {
            return List.of("ALTER TABLE " + table + " DROP COLUMN " + column);
        }
    }

    static String revisionId(int revision) {
        return "r%05d".formatted(revision);
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>(revisions);
        String previousTable = null;
        for (int i = 1; i <= revisions; i++) {
            if (i % 10 == 0) {
                steps.add(new AddColumn(i, "t" + (i - 9), "extra" + i));
            } else {
                String table = "t" + i;
                steps.add(new CreateTable(i, table, previousTable));
                previousTable = table;
            }
        }
        return steps;
    }

    /** What the finished schema holds, for checking that every form builds the same one. */
    record Catalog(int tables, int columns, int indexes, int foreignKeys) {}

    Catalog expectedCatalog() {
        int added = revisions / 10;
        int tables = revisions - added;
        return new Catalog(tables, tables * 4 - 1 + added, tables * 2, tables - 1);
    }
}
