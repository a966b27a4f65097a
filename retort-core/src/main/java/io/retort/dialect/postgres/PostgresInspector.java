package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.InspectOptions;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import io.retort.schema.UniqueDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a PostgreSQL database's schema into the neutral {@link DatabaseSchema} model. Inspection is
 * set-based: seven catalog queries cover every inspected schema, whatever the number of tables.
 *
 * <p>Types, defaults and expressions are printed by PostgreSQL itself, relative to the
 * connection's {@code search_path}; compare schemas read through connections with the same
 * {@code search_path}. The queries run in the connection's current transaction, if any, so a
 * caller that needs one snapshot opens a REPEATABLE READ transaction first.
 */
public final class PostgresInspector {

    /** Reads the schemas and tables that {@code options} choose through {@code connection}. */
    public DatabaseSchema inspect(Connection connection, InspectOptions options) {
        try {
            return new Reading(connection, options).read();
        } catch (SQLException e) {
            throw new RetortException("cannot inspect the database schema (schemas " + options.schemas() + "): "
                    + e.getMessage() + "; check that the connection is open and may read the system catalogs", e);
        }
    }

    /** Reads schema {@code public} without Retort's and Alembic's bookkeeping tables. */
    public DatabaseSchema inspect(Connection connection) {
        return inspect(connection, InspectOptions.defaults());
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** A table's or extension's schema and name. */
    private record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
        @Override
        public int compareTo(QualifiedName other) {
            int bySchema = schema.compareTo(other.schema);
            return bySchema != 0 ? bySchema : name.compareTo(other.name);
        }
    }

    /** A table's parts as they arrive from the separate catalog queries. */
    private static final class TableParts {
        String comment;
        final List<ColumnDef> columns = new ArrayList<>();
        PrimaryKeyDef primaryKey;
        final Map<String, ForeignKeyDef> foreignKeys = new TreeMap<>();
        final Map<String, UniqueDef> uniques = new TreeMap<>();
        final Map<String, CheckDef> checks = new TreeMap<>();
        final Map<String, IndexDef> indexes = new TreeMap<>();

        TableDef build(QualifiedName key) {
            return new TableDef(key.schema, key.name, columns, primaryKey, new TreeMap<>(foreignKeys),
                    new TreeMap<>(uniques), new TreeMap<>(checks), new TreeMap<>(indexes), comment);
        }
    }

    /** One inspection: the connection, the options and the tables read so far. */
    private static final class Reading {
        private final Connection connection;
        private final InspectOptions options;
        private final Map<QualifiedName, TableParts> tables = new TreeMap<>();

        Reading(Connection connection, InspectOptions options) {
            this.connection = connection;
            this.options = options;
        }

        DatabaseSchema read() throws SQLException {
            List<String> schemaNames = query(PostgresCatalog.SCHEMAS, row -> row.getString(1));
            forEachRow(PostgresCatalog.TABLES_AND_COLUMNS, this::addColumn);
            forEachRow(PostgresCatalog.CONSTRAINTS, this::addConstraint);
            forEachRow(PostgresCatalog.INDEXES, this::addIndex);
            List<EnumType> enums = query(PostgresCatalog.ENUMS,
                    row -> new EnumType(row.getString(1), row.getString(2), strings(row, "labels")));
            List<SequenceDef> sequences = query(PostgresCatalog.SEQUENCES, this::sequence).stream()
                    .filter(Objects::nonNull).toList();
            List<QualifiedName> extensions = query(PostgresCatalog.EXTENSIONS,
                    row -> new QualifiedName(row.getString(1), row.getString(2)));

            List<TableDef> tableDefs = tables.entrySet().stream().map(e -> e.getValue().build(e.getKey())).toList();
            Map<String, SchemaDef> schemas = new TreeMap<>();
            for (String schema : schemaNames) {
                schemas.put(schema, new SchemaDef(schema,
                        inSchema(schema, tableDefs, TableDef::schema, TableDef::name),
                        inSchema(schema, enums, EnumType::schema, EnumType::name),
                        inSchema(schema, sequences, SequenceDef::schema, SequenceDef::name),
                        inSchema(schema, extensions, QualifiedName::schema, QualifiedName::name).navigableKeySet()));
            }
            return new DatabaseSchema(new TreeMap<>(schemas));
        }

        private void addColumn(ResultSet row) throws SQLException {
            TableParts table = table(row, true);
            if (table == null) {
                return;
            }
            table.comment = row.getString("table_comment");
            String name = row.getString("attname");
            if (name == null) {
                return; // a table without columns
            }
            boolean generated = !isBlank(row.getString("attgenerated"));
            String expression = row.getString("default_expr");
            table.columns.add(new ColumnDef(name, table.columns.size() + 1, row.getString("type"),
                    row.getBoolean("attnotnull"), generated ? null : expression, identity(row.getString("attidentity")),
                    generated ? expression : null, row.getString("column_comment")));
        }

        private void addConstraint(ResultSet row) throws SQLException {
            TableParts table = table(row, false);
            if (table == null) {
                return;
            }
            String name = row.getString("conname");
            List<String> columns = strings(row, "columns");
            boolean deferrable = row.getBoolean("condeferrable");
            boolean deferred = row.getBoolean("condeferred");
            boolean validated = row.getBoolean("convalidated");
            switch (row.getString("contype")) {
                case "p" -> table.primaryKey = new PrimaryKeyDef(name, columns);
                case "u" -> table.uniques.put(name, new UniqueDef(name, columns, deferrable, deferred));
                case "c" -> table.checks.put(name,
                        new CheckDef(name, row.getString("check_expr"), validated, row.getBoolean("connoinherit")));
                default -> table.foreignKeys.put(name, new ForeignKeyDef(name, columns, row.getString("ref_schema"),
                        row.getString("ref_table"), strings(row, "ref_columns"),
                        PostgresCatalog.FOREIGN_KEY_ACTIONS.get(row.getString("confdeltype")),
                        PostgresCatalog.FOREIGN_KEY_ACTIONS.get(row.getString("confupdtype")),
                        PostgresCatalog.FOREIGN_KEY_MATCHES.get(row.getString("confmatchtype")),
                        deferrable, deferred, validated));
            }
        }

        private void addIndex(ResultSet row) throws SQLException {
            TableParts table = table(row, false);
            if (table == null) {
                return;
            }
            String name = row.getString("index_name");
            String method = row.getString("amname");
            String definition = row.getString("definition");
            List<String> columns = strings(row, "columns");
            int keyCount = row.getInt("indnkeyatts");
            table.indexes.put(name, new IndexDef(name, row.getBoolean("indisunique"), method,
                    PostgresCatalog.indexKeys(definition, method), columns.subList(0, keyCount),
                    columns.subList(keyCount, columns.size()), row.getString("predicate"), definition,
                    row.getBoolean("backs_constraint")));
        }

        /** The sequence on this row, or null when it belongs to an excluded table. */
        private SequenceDef sequence(ResultSet row) throws SQLException {
            String schema = row.getString(1);
            String ownerSchema = row.getString("owner_schema");
            String ownerTable = row.getString("owner_table");
            if (ownerTable != null && options.excludes(ownerSchema, ownerTable)) {
                return null;
            }
            String ownedBy = ownerTable == null ? null
                    : (ownerSchema.equals(schema) ? "" : ownerSchema + ".") + ownerTable + "." + row.getString("owner_column");
            return new SequenceDef(schema, row.getString(2), row.getString("data_type"), row.getLong("seqstart"),
                    row.getLong("seqincrement"), row.getLong("seqmin"), row.getLong("seqmax"), row.getLong("seqcache"),
                    row.getBoolean("seqcycle"), ownedBy);
        }

        /** The parts of the table named in this row's first two columns, or null when it is excluded. */
        private TableParts table(ResultSet row, boolean create) throws SQLException {
            QualifiedName key = new QualifiedName(row.getString(1), row.getString(2));
            if (options.excludes(key.schema, key.name)) {
                return null;
            }
            // A table created between two queries has no parts yet and is left out whole.
            return create ? tables.computeIfAbsent(key, k -> new TableParts()) : tables.get(key);
        }

        private <T> List<T> query(String sql, RowReader<T> reader) throws SQLException {
            List<T> values = new ArrayList<>();
            forEachRow(sql, row -> values.add(reader.read(row)));
            return values;
        }

        private void forEachRow(String sql, RowConsumer consumer) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("text", options.schemas().toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        consumer.accept(row);
                    }
                }
            }
        }
    }

    private static ColumnDef.Identity identity(String code) {
        return switch (isBlank(code) ? "" : code) {
            case "a" -> ColumnDef.Identity.ALWAYS;
            case "d" -> ColumnDef.Identity.BY_DEFAULT;
            default -> ColumnDef.Identity.NONE;
        };
    }

    private static boolean isBlank(String code) {
        return code == null || code.isEmpty() || code.charAt(0) == 0;
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <T> TreeMap<String, T> inSchema(
            String schema, List<T> values, Function<T, String> schemaOf, Function<T, String> nameOf) {
        TreeMap<String, T> map = new TreeMap<>();
        values.stream().filter(v -> schemaOf.apply(v).equals(schema)).forEach(v -> map.put(nameOf.apply(v), v));
        return map;
    }
}
