package io.retort.ops;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint. A {@code null} name lets PostgreSQL choose one; Retort knows the name it
 * will choose ({@code <table>_pkey}, {@code <table>_<columns>_fkey}, {@code <table>_<columns>_key},
 * {@code <table>_<column>_check}), so an unnamed constraint can still be dropped later.
 */
public sealed interface Constraint extends TableElement {

    /** The constraint's name, or null when PostgreSQL is to choose it. */
    String name();

    record PrimaryKey(String name, List<String> columns) implements Constraint {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }

        public PrimaryKey named(String newName) {
            return new PrimaryKey(newName, columns);
        }
    }

    record Unique(String name, List<String> columns) implements Constraint {
        public Unique {
            columns = List.copyOf(columns);
        }

        public Unique named(String newName) {
            return new Unique(newName, columns);
        }
    }

    /**
     * A CHECK constraint. {@code skipValidation} (NOT VALID) adds it to an existing table without
     * checking existing rows, under a brief lock; a later {@link Operation.ValidateConstraint} checks them.
     */
    record Check(String name, String expression, boolean skipValidation) implements Constraint {
        public Check {
            Objects.requireNonNull(expression, "expression");
        }

        public Check(String name, String expression) {
            this(name, expression, false);
        }

        public Check named(String newName) {
            return new Check(newName, expression, skipValidation);
        }

        public Check notValid() {
            return new Check(name, expression, true);
        }
    }

    /**
     * A foreign key. {@code onDelete}/{@code onUpdate} are SQL actions ({@code CASCADE},
     * {@code SET NULL}, ...) or null for the default, NO ACTION. {@code skipValidation} (NOT VALID) adds the
     * constraint without checking existing rows; a later {@link Operation.ValidateConstraint}
     * checks them.
     */
    record ForeignKey(
            String name,
            List<String> columns,
            String referencedSchema,
            String referencedTable,
            List<String> referencedColumns,
            String onDelete,
            String onUpdate,
            boolean deferrable,
            boolean initiallyDeferred,
            boolean skipValidation)
            implements Constraint {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
            Objects.requireNonNull(referencedTable, "referencedTable");
        }

        public ForeignKey named(String newName) {
            return new ForeignKey(newName, columns, referencedSchema, referencedTable, referencedColumns,
                    onDelete, onUpdate, deferrable, initiallyDeferred, skipValidation);
        }

        public ForeignKey onDelete(String action) {
            return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
                    action, onUpdate, deferrable, initiallyDeferred, skipValidation);
        }

        public ForeignKey onUpdate(String action) {
            return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
                    onDelete, action, deferrable, initiallyDeferred, skipValidation);
        }

        public ForeignKey deferrable(boolean initially) {
            return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
                    onDelete, onUpdate, true, initially, skipValidation);
        }

        public ForeignKey notValid() {
            return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
                    onDelete, onUpdate, deferrable, initiallyDeferred, true);
        }
    }

    static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }

    static Unique unique(String... columns) {
        return new Unique(null, List.of(columns));
    }

    static Check check(String expression) {
        return new Check(null, expression);
    }

    /** {@code foreignKey(List.of("grid_uuid"), "grid", List.of("uuid"))}. */
    static ForeignKey foreignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(null, columns, null, referencedTable, referencedColumns, null, null, false, false, false);
    }

    /** A single-column foreign key: {@code foreignKey("grid_uuid", "grid", "uuid")}. */
    static ForeignKey foreignKey(String column, String referencedTable, String referencedColumn) {
        return foreignKey(List.of(column), referencedTable, List.of(referencedColumn));
    }
}
