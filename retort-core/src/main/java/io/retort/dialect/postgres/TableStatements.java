package io.retort.dialect.postgres;

import static io.retort.dialect.postgres.SqlText.identifier;
import static io.retort.dialect.postgres.SqlText.qualified;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import io.retort.ops.TableElement;
import java.util.ArrayList;
import java.util.List;

/** Tables and their columns: create, drop, rename, comment, add, drop and alter columns. */
final class TableStatements {
    private TableStatements() {}

    /** The enum types it uses first (no existence check, as Alembic), then the table, then its comments. */
    static List<Statement> create(Operation.CreateTable op) {
        List<Statement> out = new ArrayList<>();
        for (SqlType.Enum e : op.enumsToCreate()) {
            out.add(ObjectStatements.createEnum(e.schema(), e.name(), e.labels()));
        }
        String table = qualified(op.schema(), op.name());
        List<String> lines = new ArrayList<>();
        for (TableElement element : op.elements()) {
            lines.add(element instanceof Column c ? definition(c) : ConstraintStatements.definition((Constraint) element, false));
        }
        out.add(Statement.of(lines.isEmpty()
                ? "CREATE TABLE " + table + " ()"
                : "CREATE TABLE " + table + " (\n    " + String.join(",\n    ", lines) + "\n)"));
        if (op.comment() != null) {
            out.add(commentOnTable(table, op.comment()));
        }
        for (Column c : op.columns()) {
            if (c.comment() != null) {
                out.add(commentOnColumn(table, c.name(), c.comment()));
            }
        }
        return out;
    }

    static List<Statement> drop(Operation.DropTable op) {
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of("DROP TABLE " + (op.ifExists() ? "IF EXISTS " : "") + qualified(op.schema(), op.name())
                + (op.cascade() ? " CASCADE" : "")));
        for (SqlType.Enum e : op.dropEnums()) {
            out.add(ObjectStatements.dropEnum(e.schema(), e.name(), false));
        }
        return out;
    }

    static List<Statement> rename(Operation.RenameTable op) {
        return List.of(Statement.of("ALTER TABLE " + qualified(op.schema(), op.name()) + " RENAME TO " + identifier(op.newName())));
    }

    static List<Statement> comment(Operation.CommentOnTable op) {
        return List.of(commentOnTable(qualified(op.schema(), op.table()), op.comment()));
    }

    static List<Statement> addColumn(Operation.AddColumn op) {
        String table = qualified(op.schema(), op.table());
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of("ALTER TABLE " + table + " ADD COLUMN " + definition(op.column())));
        if (op.column().comment() != null) {
            out.add(commentOnColumn(table, op.column().name(), op.column().comment()));
        }
        return out;
    }

    static List<Statement> dropColumn(Operation.DropColumn op) {
        return List.of(Statement.of("ALTER TABLE " + qualified(op.schema(), op.table()) + " DROP COLUMN "
                + (op.ifExists() ? "IF EXISTS " : "") + identifier(op.column())));
    }

    /**
     * One ALTER TABLE for type, nullability, default and identity; then the comment; then the rename, which
     * comes last because the others name the column by its old name. A type change that comes
     * with a new default drops the old one first, as PostgreSQL could not cast it.
     */
    static List<Statement> alterColumn(Operation.AlterColumn op) {
        String table = qualified(op.schema(), op.table());
        String column = "ALTER COLUMN " + identifier(op.column()) + " ";
        if (op.using() != null && op.type() == null) {
            throw new RetortException("alterColumn " + op.table() + "." + op.column()
                    + ": using(\"" + op.using() + "\") needs a type(...) to convert to.");
        }
        List<String> actions = new ArrayList<>();
        if (op.removeDefault() || (op.type() != null && op.setDefault() != null)) {
            actions.add(column + "DROP DEFAULT");
        }
        if (op.type() != null) {
            actions.add(column + "TYPE " + SqlText.type(op.type()) + (op.using() == null ? "" : " USING " + op.using()));
        }
        if (op.nullable() != null) {
            actions.add(column + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (op.setDefault() != null) {
            actions.add(column + "SET DEFAULT " + defaultSql(op.setDefault()));
        }
        if (op.removeIdentity()) {
            actions.add(column + "DROP IDENTITY");
        } else if (op.identity() != null) {
            String kind = op.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
            actions.add(column + (op.existingIdentity() != null ? "SET GENERATED " + kind : "ADD GENERATED " + kind + " AS IDENTITY"));
        }
        List<Statement> out = new ArrayList<>();
        if (!actions.isEmpty()) {
            out.add(Statement.of("ALTER TABLE " + table + " " + String.join(", ", actions)));
        }
        if (op.comment() != null) {
            out.add(commentOnColumn(table, op.column(), op.comment()));
        }
        if (op.newName() != null) {
            out.add(Statement.of("ALTER TABLE " + table + " RENAME COLUMN " + identifier(op.column())
                    + " TO " + identifier(op.newName())));
        }
        return out;
    }

    /** {@code name type [DEFAULT x] [GENERATED ... AS IDENTITY] [NOT NULL] [PRIMARY KEY] [UNIQUE]}. */
    static String definition(Column c) {
        StringBuilder out = new StringBuilder(identifier(c.name())).append(' ').append(SqlText.type(c.type()));
        if (c.serverDefault() != null) {
            out.append(" DEFAULT ").append(defaultSql(c.serverDefault()));
        }
        if (c.identity() != null) {
            out.append(c.identity() == Column.Identity.ALWAYS ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        if (c.inlinePrimaryKey()) {
            out.append(" PRIMARY KEY");
        }
        if (c.inlineUnique()) {
            out.append(" UNIQUE");
        }
        return out.toString();
    }

    private static String defaultSql(DefaultValue value) {
        return value instanceof DefaultValue.Literal l ? SqlText.literal(l.value()) : ((DefaultValue.Expression) value).sql();
    }

    private static Statement commentOnTable(String table, String comment) {
        return Statement.of("COMMENT ON TABLE " + table + " IS " + commentText(comment));
    }

    private static Statement commentOnColumn(String table, String column, String comment) {
        return Statement.of("COMMENT ON COLUMN " + table + "." + identifier(column) + " IS " + commentText(comment));
    }

    private static String commentText(String comment) {
        return comment == null ? "NULL" : SqlText.string(comment);
    }
}
