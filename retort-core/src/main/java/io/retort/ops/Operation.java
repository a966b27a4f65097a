package io.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change a migration asks of the database, as an immutable value. The same values are run
 * online, printed as offline SQL, reversed into a downgrade, produced by the differ and rendered
 * as Java source. {@code schema} fields are null for the connection's search path.
 */
public sealed interface Operation {

    /**
     * The operation that undoes this one, where it can be known from the value alone. A drop
     * carries no definition of what it dropped, so it has no reverse. Creating an index or adding
     * a constraint needs the database's naming: see {@link #reverse(ConstraintNaming)}.
     */
    default Optional<Operation> reverse() {
        return Optional.empty();
    }

    /** The operation that undoes this one; unnamed indexes and constraints are named by {@code naming}. */
    default Optional<Operation> reverse(ConstraintNaming naming) {
        return reverse();
    }

    // ---- tables ----

    record CreateTable(String schema, String name, List<TableElement> elements, String comment) implements Operation {
        public CreateTable {
            Objects.requireNonNull(name, "name");
            elements = List.copyOf(elements);
        }

        public List<Column> columns() {
            return elements.stream().filter(Column.class::isInstance).map(Column.class::cast).toList();
        }

        public List<Constraint> constraints() {
            return elements.stream().filter(Constraint.class::isInstance).map(Constraint.class::cast).toList();
        }

        /** The enum types this table creates before itself (columns of a {@code create} enum type). */
        public List<SqlType.Enum> enumsToCreate() {
            List<SqlType.Enum> out = new ArrayList<>();
            for (Column c : columns()) {
                SqlType t = c.type() instanceof SqlType.Array a ? a.element() : c.type();
                if (t instanceof SqlType.Enum e && e.create() && out.stream().noneMatch(x -> x.name().equals(e.name()))) {
                    out.add(e);
                }
            }
            return out;
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropTable(schema, name, false, false, enumsToCreate()));
        }
    }

    /** Drops a table; {@code dropEnums} are types dropped after it (the reverse of a createTable). */
    record DropTable(String schema, String name, boolean ifExists, boolean cascade, List<SqlType.Enum> dropEnums)
            implements Operation {
        public DropTable {
            Objects.requireNonNull(name, "name");
            dropEnums = List.copyOf(dropEnums);
        }
    }

    record RenameTable(String schema, String name, String newName) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new RenameTable(schema, newName, name));
        }
    }

    /** Sets (or with null, removes) a table's comment; {@code previous} makes it reversible. */
    record CommentOnTable(String schema, String table, String comment, String previous) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new CommentOnTable(schema, table, previous, comment));
        }
    }

    // ---- columns ----

    record AddColumn(String schema, String table, Column column) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropColumn(schema, table, column.name(), false));
        }
    }

    record DropColumn(String schema, String table, String column, boolean ifExists) implements Operation {}

    /**
     * Changes a column. Each {@code null} field means "leave as it is". The {@code existing*}
     * fields describe the column before the change, so the reverse can be derived.
     *
     * @param using the {@code USING} expression for a type change
     * @param setDefault a new server default; with {@code removeDefault} false and this null, unchanged
     */
    record AlterColumn(
            String schema,
            String table,
            String column,
            SqlType type,
            String using,
            Boolean nullable,
            DefaultValue setDefault,
            boolean removeDefault,
            String comment,
            String newName,
            SqlType existingType,
            Boolean existingNullable,
            DefaultValue existingDefault,
            String existingComment)
            implements Operation {

        public static AlterColumn of(String table, String column) {
            return new AlterColumn(null, table, column, null, null, null, null, false, null, null, null, null, null, null);
        }

        public AlterColumn inSchema(String s) {
            return new AlterColumn(s, table, column, type, using, nullable, setDefault, removeDefault, comment, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn type(SqlType t) {
            return new AlterColumn(schema, table, column, t, using, nullable, setDefault, removeDefault, comment, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn using(String expression) {
            return new AlterColumn(schema, table, column, type, expression, nullable, setDefault, removeDefault, comment,
                    newName, existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn nullable(boolean value) {
            return new AlterColumn(schema, table, column, type, using, value, setDefault, removeDefault, comment, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn setDefault(DefaultValue value) {
            return new AlterColumn(schema, table, column, type, using, nullable, value, false, comment, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn dropDefault() {
            return new AlterColumn(schema, table, column, type, using, nullable, null, true, comment, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn comment(String text) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, text, newName,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn rename(String to) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment, to,
                    existingType, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn existingType(SqlType t) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment, newName,
                    t, existingNullable, existingDefault, existingComment);
        }

        public AlterColumn existingNullable(boolean value) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment, newName,
                    existingType, value, existingDefault, existingComment);
        }

        public AlterColumn existingDefault(DefaultValue value) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment, newName,
                    existingType, existingNullable, value, existingComment);
        }

        public AlterColumn existingComment(String text) {
            return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment, newName,
                    existingType, existingNullable, existingDefault, text);
        }
    }

    // ---- indexes ----

    /** One key of an index: a column name, or an SQL expression when {@code expression} is true. */
    record IndexKey(String value, boolean expression) {
        public static IndexKey column(String name) {
            return new IndexKey(name, false);
        }

        public static IndexKey expression(String sql) {
            return new IndexKey(sql, true);
        }
    }

    /**
     * Creates an index. {@code method} is null for the default or btree, hash, gin, gist, brin;
     * {@code where} makes a partial index; {@code include} adds non-key columns.
     */
    record CreateIndex(
            String schema,
            String name,
            String table,
            List<IndexKey> keys,
            boolean uniqueIndex,
            String method,
            String where,
            List<String> include,
            boolean concurrent,
            boolean skipIfExists)
            implements Operation {
        public CreateIndex {
            Objects.requireNonNull(table, "table");
            keys = List.copyOf(keys);
            include = List.copyOf(include);
        }

        public static CreateIndex on(String name, String table, String... columns) {
            return new CreateIndex(null, name, table, List.of(columns).stream().map(IndexKey::column).toList(),
                    false, null, null, List.of(), false, false);
        }

        public CreateIndex inSchema(String s) {
            return new CreateIndex(s, name, table, keys, uniqueIndex, method, where, include, concurrent, skipIfExists);
        }

        public CreateIndex unique() {
            return new CreateIndex(schema, name, table, keys, true, method, where, include, concurrent, skipIfExists);
        }

        public CreateIndex using(String m) {
            return new CreateIndex(schema, name, table, keys, uniqueIndex, m, where, include, concurrent, skipIfExists);
        }

        public CreateIndex where(String predicate) {
            return new CreateIndex(schema, name, table, keys, uniqueIndex, method, predicate, include, concurrent, skipIfExists);
        }

        public CreateIndex include(String... columns) {
            return new CreateIndex(schema, name, table, keys, uniqueIndex, method, where, List.of(columns), concurrent, skipIfExists);
        }

        public CreateIndex concurrently() {
            return new CreateIndex(schema, name, table, keys, uniqueIndex, method, where, include, true, skipIfExists);
        }

        public CreateIndex ifNotExists() {
            return new CreateIndex(schema, name, table, keys, uniqueIndex, method, where, include, concurrent, true);
        }

        public CreateIndex withKeys(List<IndexKey> newKeys) {
            return new CreateIndex(schema, name, table, newKeys, uniqueIndex, method, where, include, concurrent, skipIfExists);
        }

        /** Drops the index; an unnamed one needs {@link #reverse(ConstraintNaming)}. */
        @Override
        public Optional<Operation> reverse() {
            return name == null ? Optional.empty() : reverse((ConstraintNaming) null);
        }

        /** Drops the index; an unnamed one by the name the database gives it. */
        @Override
        public Optional<Operation> reverse(ConstraintNaming naming) {
            String dropped = name != null ? name : naming.index(table, keys);
            return Optional.of(new DropIndex(schema, dropped, table, false, concurrent));
        }
    }

    /** Drops an index; {@code table} is informational (for messages and code generation). */
    record DropIndex(String schema, String name, String table, boolean ifExists, boolean concurrently) implements Operation {
        public DropIndex {
            Objects.requireNonNull(name, "name");
        }
    }

    // ---- constraints ----

    /** Adds a constraint; an unnamed one is reversed by the name the database gives it. */
    record AddConstraint(String schema, String table, Constraint constraint) implements Operation {
        /** Drops the constraint; an unnamed one needs {@link #reverse(ConstraintNaming)}. */
        @Override
        public Optional<Operation> reverse() {
            return constraint.name() == null ? Optional.empty() : reverse((ConstraintNaming) null);
        }

        @Override
        public Optional<Operation> reverse(ConstraintNaming naming) {
            String dropped = constraint.name() != null ? constraint.name() : naming.nameOf(table, constraint);
            return Optional.of(new DropConstraint(schema, table, dropped, false, false));
        }
    }

    record DropConstraint(String schema, String table, String name, boolean ifExists, boolean cascade)
            implements Operation {
        public DropConstraint {
            Objects.requireNonNull(name, "name");
        }
    }

    record ValidateConstraint(String schema, String table, String name) implements Operation {}

    // ---- enum types ----

    record CreateEnum(String schema, String name, List<String> labels) implements Operation {
        public CreateEnum {
            labels = List.copyOf(labels);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropEnum(schema, name, false));
        }
    }

    record DropEnum(String schema, String name, boolean ifExists) implements Operation {}

    /** {@code ALTER TYPE ... ADD VALUE}; at most one of {@code before}/{@code after}. */
    record AddEnumValue(String schema, String type, String value, String before, String after, boolean ifNotExists)
            implements Operation {}

    record RenameEnumValue(String schema, String type, String from, String to) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new RenameEnumValue(schema, type, to, from));
        }
    }

    // ---- sequences, schemas, extensions ----

    /** {@code dataType} is null for bigint; {@code ownedBy} is {@code table.column} or null. */
    record CreateSequence(String schema, String name, String dataType, Long start, Long increment, String ownedBy)
            implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropSequence(schema, name, false));
        }
    }

    record DropSequence(String schema, String name, boolean ifExists) implements Operation {}

    record CreateSchema(String name, boolean ifNotExists) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropSchema(name, false, false));
        }
    }

    record DropSchema(String name, boolean ifExists, boolean cascade) implements Operation {}

    record CreateExtension(String name, String schema, boolean ifNotExists) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropExtension(name, false));
        }
    }

    record DropExtension(String name, boolean ifExists) implements Operation {}

    // ---- data ----

    /**
     * Inserts rows given as column → value maps. Values travel as bind parameters (or COPY data),
     * never as SQL text; maps and lists bound to json/jsonb columns are written as JSON.
     */
    record BulkInsert(TableRef table, List<Map<String, Object>> rows) implements Operation {
        public BulkInsert {
            Objects.requireNonNull(table, "table");
            List<Map<String, Object>> copy = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
            }
            rows = Collections.unmodifiableList(copy);
        }
    }

    /** Raw SQL with {@code ?} bind parameters. */
    record Execute(String sql, List<Object> parameters) implements Operation {
        public Execute {
            Objects.requireNonNull(sql, "sql");
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }
    }
}
