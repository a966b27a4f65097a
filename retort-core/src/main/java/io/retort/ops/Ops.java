package io.retort.ops;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a migration says to the database. Retort passes one to {@code upgrade} and
 * {@code downgrade}; every method builds an {@link Operation} value and hands it to
 * {@link #run}, which executes it online or prints it as offline SQL.
 */
public interface Ops {

    /** Runs (or, offline, prints) one operation. Every other change method comes down to this. */
    void run(Operation operation);

    /**
     * Runs a query and returns its rows (column label → value). Data migrations read with it;
     * in offline mode it fails, naming the revision, because there is no database to read.
     */
    List<Map<String, Object>> query(String sql, Object... parameters);

    /**
     * Runs {@code block} outside any transaction: what came before is committed first, and a
     * new transaction starts after. For {@code CREATE INDEX CONCURRENTLY} and
     * {@code ALTER TYPE ... ADD VALUE} when the value must be usable before the run ends.
     */
    void nonTransactional(Runnable block);

    /** True when printing SQL instead of running it. */
    boolean offline();

    /** The {@code -x key=value} arguments of this run. */
    Map<String, String> arguments();

    default Optional<String> argument(String key) {
        return Optional.ofNullable(arguments().get(key));
    }

    // ---- tables ----

    default void createTable(String name, TableElement... elements) {
        run(Operation.CreateTable.of(name, elements));
    }

    default void dropTable(String name) {
        run(Operation.DropTable.of(name));
    }

    default void renameTable(String name, String newName) {
        run(Operation.RenameTable.of(name, newName));
    }

    default void commentOnTable(String table, String comment) {
        run(Operation.CommentOnTable.of(table, comment));
    }

    // ---- columns ----

    default void addColumn(String table, Column column) {
        run(Operation.AddColumn.of(table, column));
    }

    default void dropColumn(String table, String column) {
        run(Operation.DropColumn.of(table, column));
    }

    /** {@code op.alterColumn(AlterColumn.of("t", "c").nullable(false))}. */
    default void alterColumn(Operation.AlterColumn alter) {
        run(alter);
    }

    // ---- indexes ----

    default void createIndex(String name, String table, String... columns) {
        run(Operation.CreateIndex.on(name, table, columns));
    }

    /** {@code op.createIndex(CreateIndex.on("ix", "t", "a", "b").using("btree"))}. */
    default void createIndex(Operation.CreateIndex index) {
        run(index);
    }

    default void dropIndex(String name) {
        run(Operation.DropIndex.of(name));
    }

    // ---- constraints ----

    default void addConstraint(String table, Constraint constraint) {
        run(Operation.AddConstraint.of(table, constraint));
    }

    default void createPrimaryKey(String name, String table, String... columns) {
        addConstraint(table, new Constraint.PrimaryKey(name, List.of(columns)));
    }

    default void createUniqueConstraint(String name, String table, String... columns) {
        addConstraint(table, new Constraint.Unique(name, List.of(columns)));
    }

    default void createCheckConstraint(String name, String table, String expression) {
        addConstraint(table, new Constraint.Check(name, expression));
    }

    /** A foreign key; a null name takes PostgreSQL's default {@code <table>_<columns>_fkey}. */
    default void createForeignKey(String name, String table, String referencedTable,
                                  List<String> columns, List<String> referencedColumns) {
        addConstraint(table, Constraint.foreignKey(columns, referencedTable, referencedColumns).named(name));
    }

    /**
     * A foreign key with its options, built with {@code Constraint.foreignKey(...)}:
     * {@code op.createForeignKey("grid", foreignKey("acquisition_uuid", "acquisition", "uuid").onDelete("CASCADE").notValid())}.
     */
    default void createForeignKey(String table, Constraint.ForeignKey foreignKey) {
        addConstraint(table, foreignKey);
    }

    default void dropConstraint(String name, String table) {
        run(Operation.DropConstraint.of(name, table));
    }

    default void validateConstraint(String name, String table) {
        run(Operation.ValidateConstraint.of(name, table));
    }

    // ---- enums ----

    default void createEnum(String name, String... labels) {
        run(Operation.CreateEnum.of(name, labels));
    }

    default void dropEnum(String name) {
        run(Operation.DropEnum.of(name));
    }

    default void addEnumValue(String type, String value) {
        run(Operation.AddEnumValue.of(type, value));
    }

    /** {@code ALTER TYPE type ADD VALUE 'value' BEFORE 'before'}. */
    default void addEnumValueBefore(String type, String value, String before) {
        run(Operation.AddEnumValue.of(type, value).before(before));
    }

    /** {@code ALTER TYPE type ADD VALUE 'value' AFTER 'after'}. */
    default void addEnumValueAfter(String type, String value, String after) {
        run(Operation.AddEnumValue.of(type, value).after(after));
    }

    default void renameEnumValue(String type, String from, String to) {
        run(new Operation.RenameEnumValue(null, type, from, to));
    }

    // ---- sequences, schemas, extensions ----

    default void createSequence(String name) {
        run(Operation.CreateSequence.named(name));
    }

    /** {@code op.createSequence(CreateSequence.named("s").as("integer").startWith(100))}. */
    default void createSequence(Operation.CreateSequence sequence) {
        run(sequence);
    }

    default void dropSequence(String name) {
        run(Operation.DropSequence.of(name));
    }

    default void createSchema(String name) {
        run(new Operation.CreateSchema(name, false));
    }

    default void dropSchema(String name) {
        run(new Operation.DropSchema(name, false, false));
    }

    default void createExtension(String name) {
        run(new Operation.CreateExtension(name, null, true));
    }

    default void dropExtension(String name) {
        run(new Operation.DropExtension(name, false));
    }

    // ---- data ----

    default void bulkInsert(TableRef table, List<Map<String, Object>> rows) {
        run(new Operation.BulkInsert(table, rows));
    }

    /**
     * Inserts rows read one at a time from {@code rows} (a generator, a file being read): each row
     * a list of values in the order of {@code columns}, null for SQL NULL. The rows are never all
     * held at once; they go to the database in chunks of 10,000 (online through COPY), each one
     * {@link Operation.BulkInsert}.
     *
     * @throws IllegalArgumentException naming the row, when a row has more or fewer values than columns
     */
    default void bulkInsert(TableRef table, List<String> columns, Iterable<? extends List<?>> rows) {
        bulkInsert(table, columns, rows.iterator());
    }

    /** As {@link #bulkInsert(TableRef, List, Iterable)}, reading an iterator ({@code stream.iterator()} for a stream). */
    default void bulkInsert(TableRef table, List<String> columns, java.util.Iterator<? extends List<?>> rows) {
        List<String> names = List.copyOf(columns);
        List<Map<String, Object>> chunk = new java.util.ArrayList<>();
        long number = 0;
        while (rows.hasNext()) {
            List<?> row = rows.next();
            number++;
            if (row.size() != names.size()) {
                throw new IllegalArgumentException("bulkInsert into " + table.name() + ": row " + number + " has "
                        + row.size() + " values for the " + names.size() + " columns " + names);
            }
            Map<String, Object> values = new java.util.LinkedHashMap<>(2 * names.size());
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), row.get(i));
            }
            chunk.add(values);
            if (chunk.size() == 10_000) {
                run(new Operation.BulkInsert(table, chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            run(new Operation.BulkInsert(table, chunk));
        }
    }

    default void execute(String sql, Object... parameters) {
        run(new Operation.Execute(sql, java.util.Arrays.asList(parameters)));
    }
}
