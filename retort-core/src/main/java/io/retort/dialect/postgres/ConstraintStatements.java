package io.retort.dialect.postgres;

import static io.retort.dialect.postgres.SqlText.identifier;
import static io.retort.dialect.postgres.SqlText.identifiers;
import static io.retort.dialect.postgres.SqlText.qualified;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Table constraints, inside CREATE TABLE or added, dropped and validated by ALTER TABLE. */
final class ConstraintStatements {
    private ConstraintStatements() {}

    private static final Set<String> ACTIONS = Set.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");

    static List<Statement> add(Operation.AddConstraint op) {
        return List.of(Statement.of("ALTER TABLE " + qualified(op.schema(), op.table()) + " ADD "
                + definition(op.constraint(), true)));
    }

    static List<Statement> drop(Operation.DropConstraint op) {
        return List.of(Statement.of("ALTER TABLE " + qualified(op.schema(), op.table()) + " DROP CONSTRAINT "
                + (op.ifExists() ? "IF EXISTS " : "") + identifier(op.name()) + (op.cascade() ? " CASCADE" : "")));
    }

    static List<Statement> validate(Operation.ValidateConstraint op) {
        return List.of(Statement.of("ALTER TABLE " + qualified(op.schema(), op.table()) + " VALIDATE CONSTRAINT "
                + identifier(op.name())));
    }

    /**
     * {@code [CONSTRAINT name] PRIMARY KEY (...)} and the like. NOT VALID is only written when the
     * constraint is added to an existing table; CREATE TABLE has no rows to skip.
     */
    static String definition(Constraint constraint, boolean addedToExistingTable) {
        String name = constraint.name() == null ? "" : "CONSTRAINT " + identifier(constraint.name()) + " ";
        if (constraint instanceof Constraint.PrimaryKey pk) {
            return name + "PRIMARY KEY (" + identifiers(pk.columns()) + ")";
        }
        if (constraint instanceof Constraint.Unique u) {
            return name + "UNIQUE (" + identifiers(u.columns()) + ")";
        }
        if (constraint instanceof Constraint.Check ck) {
            return name + "CHECK (" + ck.expression() + ")" + (ck.skipValidation() && addedToExistingTable ? " NOT VALID" : "");
        }
        Constraint.ForeignKey fk = (Constraint.ForeignKey) constraint;
        StringBuilder out = new StringBuilder(name).append("FOREIGN KEY (").append(identifiers(fk.columns()))
                .append(") REFERENCES ").append(qualified(fk.referencedSchema(), fk.referencedTable()));
        if (!fk.referencedColumns().isEmpty()) {
            out.append(" (").append(identifiers(fk.referencedColumns())).append(')');
        }
        if (fk.onDelete() != null) {
            out.append(" ON DELETE ").append(action(fk, fk.onDelete()));
        }
        if (fk.onUpdate() != null) {
            out.append(" ON UPDATE ").append(action(fk, fk.onUpdate()));
        }
        if (fk.deferrable()) {
            out.append(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        if (fk.skipValidation() && addedToExistingTable) {
            out.append(" NOT VALID");
        }
        return out.toString();
    }

    private static String action(Constraint.ForeignKey fk, String action) {
        String normal = action.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(normal)) {
            throw new RetortException("Foreign key " + fk.columns() + " -> " + fk.referencedTable() + ": \"" + action
                    + "\" is not a referential action; use one of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT.");
        }
        return normal;
    }
}
