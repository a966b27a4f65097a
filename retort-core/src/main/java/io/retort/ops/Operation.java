package io.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

        public static CreateTable of(String name, TableElement... elements) {
            return new CreateTable(null, name, List.of(elements), null);
        }

        public CreateTable inSchema(String s) {
            return new CreateTable(s, name, elements, comment);
        }

        public CreateTable withComment(String text) {
            return new CreateTable(schema, name, elements, text);
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

        public static DropTable of(String name) {
            return new DropTable(null, name, false, false, List.of());
        }

        public DropTable inSchema(String s) {
            return new DropTable(s, name, ifExists, cascade, dropEnums);
        }

        /** IF EXISTS. */
        public DropTable skippingIfAbsent() {
            return new DropTable(schema, name, true, cascade, dropEnums);
        }

        public DropTable cascading() {
            return new DropTable(schema, name, ifExists, true, dropEnums);
        }
    }

    record RenameTable(String schema, String name, String newName) implements Operation {
        public static RenameTable of(String name, String newName) {
            return new RenameTable(null, name, newName);
        }

        public RenameTable inSchema(String s) {
            return new RenameTable(s, name, newName);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new RenameTable(schema, newName, name));
        }
    }

    /** Sets (or with null, removes) a table's comment; {@code previous} makes it reversible. */
    record CommentOnTable(String schema, String table, String comment, String previous) implements Operation {
        /** Sets {@code comment} (null removes it); {@link #existingComment} makes it reversible. */
        public static CommentOnTable of(String table, String comment) {
            return new CommentOnTable(null, table, comment, null);
        }

        public CommentOnTable inSchema(String s) {
            return new CommentOnTable(s, table, comment, previous);
        }

        public CommentOnTable existingComment(String text) {
            return new CommentOnTable(schema, table, comment, text);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new CommentOnTable(schema, table, previous, comment));
        }
    }

    // ---- columns ----

    record AddColumn(String schema, String table, Column column) implements Operation {
        public static AddColumn of(String table, Column column) {
            return new AddColumn(null, table, column);
        }

        public AddColumn inSchema(String s) {
            return new AddColumn(s, table, column);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropColumn(schema, table, column.name(), false));
        }
    }

    record DropColumn(String schema, String table, String column, boolean ifExists) implements Operation {
        public static DropColumn of(String table, String column) {
            return new DropColumn(null, table, column, false);
        }

        public DropColumn inSchema(String s) {
            return new DropColumn(s, table, column, ifExists);
        }

        /** IF EXISTS. */
        public DropColumn skippingIfAbsent() {
            return new DropColumn(schema, table, column, true);
        }
    }

    /**
     * Changes a column. Each {@code null} field means "leave as it is". The {@code existing*}
     * fields describe the column before the change, so the reverse can be derived.
     *
     * @param using the {@code USING} expression for a type change
     * @param setDefault a new server default; with {@code removeDefault} false and this null, unchanged
     * @param comment a new comment; the empty string removes it
     * @param identity makes the column an identity column (or changes its kind); null leaves it
     * @param removeIdentity makes an identity column an ordinary one
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
            Column.Identity identity,
            boolean removeIdentity,
            SqlType existingType,
            Boolean existingNullable,
            DefaultValue existingDefault,
            String existingComment,
            Column.Identity existingIdentity)
            implements Operation {

        public static AlterColumn of(String table, String column) {
            return new Changes(table, column).build();
        }

        public AlterColumn inSchema(String s) {
            return with(c -> c.schema = s);
        }

        public AlterColumn type(SqlType t) {
            return with(c -> c.type = t);
        }

        public AlterColumn using(String expression) {
            return with(c -> c.using = expression);
        }

        public AlterColumn nullable(boolean value) {
            return with(c -> c.nullable = value);
        }

        public AlterColumn setDefault(DefaultValue value) {
            return with(c -> {
                c.setDefault = value;
                c.removeDefault = false;
            });
        }

        public AlterColumn dropDefault() {
            return with(c -> {
                c.setDefault = null;
                c.removeDefault = true;
            });
        }

        /** Sets the comment; {@code ""} removes it. */
        public AlterColumn comment(String text) {
            return with(c -> c.comment = text);
        }

        public AlterColumn rename(String to) {
            return with(c -> c.newName = to);
        }

        /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}: added, or changed when {@link #existingIdentity} is known. */
        public AlterColumn identity(Column.Identity kind) {
            return with(c -> {
                c.identity = kind;
                c.removeIdentity = false;
            });
        }

        public AlterColumn dropIdentity() {
            return with(c -> {
                c.identity = null;
                c.removeIdentity = true;
            });
        }

        public AlterColumn existingType(SqlType t) {
            return with(c -> c.existingType = t);
        }

        public AlterColumn existingNullable(boolean value) {
            return with(c -> c.existingNullable = value);
        }

        public AlterColumn existingDefault(DefaultValue value) {
            return with(c -> c.existingDefault = value);
        }

        public AlterColumn existingComment(String text) {
            return with(c -> c.existingComment = text);
        }

        public AlterColumn existingIdentity(Column.Identity kind) {
            return with(c -> c.existingIdentity = kind);
        }

        /**
         * Undoes each change whose earlier state the {@code existing*} fields give: type (with no
         * USING: write one by hand when the cast back needs it), nullability, default (a column
         * whose default was set and that had none gets it dropped again), comment, identity and
         * the name. Empty when a change's earlier state is unknown.
         */
        @Override
        public Optional<Operation> reverse() {
            boolean defaultChanged = setDefault != null || removeDefault;
            boolean identityChanged = identity != null || removeIdentity;
            if ((type != null && existingType == null) || (nullable != null && existingNullable == null)
                    || (removeDefault && existingDefault == null) || (comment != null && existingComment == null && comment.isEmpty())
                    || (removeIdentity && existingIdentity == null)) {
                return Optional.empty();
            }
            Changes back = new Changes(table, newName != null ? newName : column);
            back.schema = schema;
            back.newName = newName != null ? column : null;
            if (type != null) {
                back.type = existingType;
                back.existingType = type;
            }
            if (nullable != null) {
                back.nullable = existingNullable;
                back.existingNullable = nullable;
            }
            if (defaultChanged) {
                back.setDefault = existingDefault;
                back.removeDefault = existingDefault == null;
                back.existingDefault = setDefault;
            }
            if (comment != null) {
                back.comment = existingComment == null ? "" : existingComment;
                back.existingComment = comment;
            }
            if (identityChanged) {
                back.identity = existingIdentity;
                back.removeIdentity = existingIdentity == null;
                back.existingIdentity = identity;
            }
            return Optional.of(back.build());
        }

        private AlterColumn with(Consumer<Changes> change) {
            Changes c = new Changes(this);
            change.accept(c);
            return c.build();
        }

        /** A scratch copy of an AlterColumn's fields, so each copy method names only what it changes. */
        private static final class Changes {
            String schema;
            final String table;
            final String column;
            SqlType type;
            String using;
            Boolean nullable;
            DefaultValue setDefault;
            boolean removeDefault;
            String comment;
            String newName;
            Column.Identity identity;
            boolean removeIdentity;
            SqlType existingType;
            Boolean existingNullable;
            DefaultValue existingDefault;
            String existingComment;
            Column.Identity existingIdentity;

            Changes(String table, String column) {
                this.table = table;
                this.column = column;
            }

            Changes(AlterColumn a) {
                this(a.table, a.column);
                schema = a.schema;
                type = a.type;
                using = a.using;
                nullable = a.nullable;
                setDefault = a.setDefault;
                removeDefault = a.removeDefault;
                comment = a.comment;
                newName = a.newName;
                identity = a.identity;
                removeIdentity = a.removeIdentity;
                existingType = a.existingType;
                existingNullable = a.existingNullable;
                existingDefault = a.existingDefault;
                existingComment = a.existingComment;
                existingIdentity = a.existingIdentity;
            }

            AlterColumn build() {
                return new AlterColumn(schema, table, column, type, using, nullable, setDefault, removeDefault, comment,
                        newName, identity, removeIdentity, existingType, existingNullable, existingDefault, existingComment,
                        existingIdentity);
            }
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

        public static DropIndex of(String name) {
            return new DropIndex(null, name, null, false, false);
        }

        public DropIndex inSchema(String s) {
            return new DropIndex(s, name, table, ifExists, concurrently);
        }

        /** The index's table, for messages and generated code only. */
        public DropIndex onTable(String t) {
            return new DropIndex(schema, name, t, ifExists, concurrently);
        }

        /** IF EXISTS. */
        public DropIndex skippingIfAbsent() {
            return new DropIndex(schema, name, table, true, concurrently);
        }

        public DropIndex concurrent() {
            return new DropIndex(schema, name, table, ifExists, true);
        }
    }

    // ---- constraints ----

    /** Adds a constraint; an unnamed one is reversed by the name the database gives it. */
    record AddConstraint(String schema, String table, Constraint constraint) implements Operation {
        public static AddConstraint of(String table, Constraint constraint) {
            return new AddConstraint(null, table, constraint);
        }

        public AddConstraint inSchema(String s) {
            return new AddConstraint(s, table, constraint);
        }

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

        public static DropConstraint of(String name, String table) {
            return new DropConstraint(null, table, name, false, false);
        }

        public DropConstraint inSchema(String s) {
            return new DropConstraint(s, table, name, ifExists, cascade);
        }

        /** IF EXISTS. */
        public DropConstraint skippingIfAbsent() {
            return new DropConstraint(schema, table, name, true, cascade);
        }

        public DropConstraint cascading() {
            return new DropConstraint(schema, table, name, ifExists, true);
        }
    }

    record ValidateConstraint(String schema, String table, String name) implements Operation {
        public static ValidateConstraint of(String name, String table) {
            return new ValidateConstraint(null, table, name);
        }

        public ValidateConstraint inSchema(String s) {
            return new ValidateConstraint(s, table, name);
        }
    }

    // ---- enum types ----

    record CreateEnum(String schema, String name, List<String> labels) implements Operation {
        public CreateEnum {
            labels = List.copyOf(labels);
        }

        public static CreateEnum of(String name, String... labels) {
            return new CreateEnum(null, name, List.of(labels));
        }

        public CreateEnum inSchema(String s) {
            return new CreateEnum(s, name, labels);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropEnum(schema, name, false));
        }
    }

    record DropEnum(String schema, String name, boolean ifExists) implements Operation {
        public static DropEnum of(String name) {
            return new DropEnum(null, name, false);
        }

        public DropEnum inSchema(String s) {
            return new DropEnum(s, name, ifExists);
        }

        /** IF EXISTS. */
        public DropEnum skippingIfAbsent() {
            return new DropEnum(schema, name, true);
        }
    }

    /** {@code ALTER TYPE ... ADD VALUE}; at most one of {@code before}/{@code after}. */
    record AddEnumValue(String schema, String type, String value, String before, String after, boolean ifNotExists)
            implements Operation {
        /** {@code AddEnumValue.of("status", "REGISTERED").after("NONE")}; without a position the label goes last. */
        public static AddEnumValue of(String type, String value) {
            return new AddEnumValue(null, type, value, null, null, false);
        }

        public AddEnumValue inSchema(String s) {
            return new AddEnumValue(s, type, value, before, after, ifNotExists);
        }

        public AddEnumValue before(String label) {
            return new AddEnumValue(schema, type, value, label, null, ifNotExists);
        }

        public AddEnumValue after(String label) {
            return new AddEnumValue(schema, type, value, null, label, ifNotExists);
        }

        /** IF NOT EXISTS. */
        public AddEnumValue skippingIfPresent() {
            return new AddEnumValue(schema, type, value, before, after, true);
        }
    }

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

        /** {@code op.createSequence(CreateSequence.named("invoice_number").as("integer").startWith(100).incrementBy(10))}. */
        public static CreateSequence named(String name) {
            return new CreateSequence(null, name, null, null, null, null);
        }

        public CreateSequence inSchema(String s) {
            return new CreateSequence(s, name, dataType, start, increment, ownedBy);
        }

        /** smallint, integer or bigint (the default). */
        public CreateSequence as(String type) {
            return new CreateSequence(schema, name, type, start, increment, ownedBy);
        }

        public CreateSequence startWith(long value) {
            return new CreateSequence(schema, name, dataType, value, increment, ownedBy);
        }

        public CreateSequence incrementBy(long value) {
            return new CreateSequence(schema, name, dataType, start, value, ownedBy);
        }

        /** {@code table.column}: the sequence is dropped with the column. */
        public CreateSequence ownedBy(String column) {
            return new CreateSequence(schema, name, dataType, start, increment, column);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropSequence(schema, name, false));
        }
    }

    record DropSequence(String schema, String name, boolean ifExists) implements Operation {
        public static DropSequence of(String name) {
            return new DropSequence(null, name, false);
        }

        public DropSequence inSchema(String s) {
            return new DropSequence(s, name, ifExists);
        }

        /** IF EXISTS. */
        public DropSequence skippingIfAbsent() {
            return new DropSequence(schema, name, true);
        }
    }

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
                // Map.copyOf keeps a Map.of row as it is (no copy per row of a large seed); it
                // takes no null, which a row may hold for SQL NULL. Column order comes from the
                // table handle or the names, never from a row's iteration order.
                copy.add(holdsNull(row) ? Collections.unmodifiableMap(new LinkedHashMap<>(row)) : Map.copyOf(row));
            }
            rows = Collections.unmodifiableList(copy);
        }

        // Not values().contains(null): Map.of's maps throw on a null argument.
        private static boolean holdsNull(Map<String, Object> row) {
            for (Object value : row.values()) {
                if (value == null) {
                    return true;
                }
            }
            return false;
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
