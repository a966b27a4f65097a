package io.retort.autogen;

import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.Operation.IndexKey;
import io.retort.schema.CheckDef;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.UniqueDef;
import java.util.List;

/** Keys, constraints and indexes of the schema model as operations' values. */
final class DiffKeys {
    private DiffKeys() {}

    static Constraint.PrimaryKey primaryKey(PrimaryKeyDef pk) {
        return new Constraint.PrimaryKey(pk.name(), pk.columns());
    }

    static Constraint.Unique unique(UniqueDef u) {
        return new Constraint.Unique(u.name(), u.columns());
    }

    /** The check; PostgreSQL prints its expression in parentheses, which CHECK (...) supplies again. */
    static Constraint.Check check(CheckDef c) {
        return new Constraint.Check(c.name(), withoutOuterParentheses(c.expression()));
    }

    /** A foreign key; NO ACTION, the default, is left unsaid. */
    static Constraint.ForeignKey foreignKey(ForeignKeyDef fk) {
        return new Constraint.ForeignKey(fk.name(), fk.columns(), DiffTypes.schemaOf(fk.referencedSchema()),
                fk.referencedTable(), fk.referencedColumns(), action(fk.onDelete()), action(fk.onUpdate()),
                fk.deferrable(), fk.initiallyDeferred(), !fk.validated());
    }

    private static String action(String action) {
        return "NO ACTION".equals(action) ? null : action;
    }

    /** The index as createIndex writes it; btree, the default method, is left unsaid. */
    static Operation.CreateIndex createIndex(String schema, String table, IndexDef index) {
        List<IndexKey> keys = index.keyColumns().stream()
                .map(k -> DiffTypes.isColumnName(k) ? IndexKey.column(DiffTypes.unquoted(k)) : IndexKey.expression(k)).toList();
        return new Operation.CreateIndex(schema, index.name(), table, keys, index.unique(),
                "btree".equals(index.method()) ? null : index.method(), index.predicate(),
                index.includeColumns().stream().map(DiffTypes::unquoted).toList(), false, false);
    }

    /** Whether createIndex can say all of the index's keys: not operator classes, collations or DESC. */
    static boolean keysExpressible(IndexDef index) {
        return index.keys().equals(String.join(", ", index.keyColumns()));
    }

    static Operation.DropIndex dropIndex(String schema, String table, IndexDef index) {
        return new Operation.DropIndex(schema, index.name(), table, false, false);
    }

    static String withoutOuterParentheses(String expression) {
        if (!expression.startsWith("(") || !expression.endsWith(")")) {
            return expression;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0 && i < expression.length() - 1) {
                return expression; // the first parenthesis closes before the end: (a) AND (b)
            }
        }
        return expression.substring(1, expression.length() - 1);
    }
}
