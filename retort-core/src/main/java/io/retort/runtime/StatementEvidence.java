package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the catalog says about an operation that may or may not have taken effect when a run
 * stopped: the few operations whose effect can be seen for certain are looked up, the rest are
 * {@link Finding#UNKNOWN}.
 */
final class StatementEvidence {
    private final Session session;
    private final Dialect dialect;

    enum Finding {
        /** Its effect is not there: the operation must run. */
        NOT_DONE,
        /** Its effect is there: it took effect. */
        DONE,
        /** An index a concurrent build left invalid: drop it, then build again. */
        LEFTOVER,
        /** Nothing Retort can look up proves either way. */
        UNKNOWN
    }

    StatementEvidence(Session session, Dialect dialect) {
        this.session = session;
        this.dialect = dialect;
    }

    Finding examine(Operation operation) {
        if (operation instanceof Operation.AddEnumValue add) {
            return exists("SELECT 1 FROM pg_enum WHERE enumtypid = to_regtype(?) AND enumlabel = ?",
                    qualified(add.schema(), add.type()), add.value()) ? Finding.DONE : Finding.NOT_DONE;
        }
        if (operation instanceof Operation.CreateIndex index && index.name() != null) {
            List<Map<String, Object>> rows = session.query(new Statement("SELECT indisvalid AS valid,"
                    + " indrelid = to_regclass(?) AS same_table FROM pg_index WHERE indexrelid = to_regclass(?)",
                    List.of(qualified(index.schema(), index.table()), qualified(index.schema(), index.name()))));
            if (rows.isEmpty()) {
                return Finding.NOT_DONE;
            }
            if (!Boolean.TRUE.equals(rows.get(0).get("same_table"))) {
                return Finding.UNKNOWN; // an index of that name on another table is not this one
            }
            return Boolean.TRUE.equals(rows.get(0).get("valid")) ? Finding.DONE : Finding.LEFTOVER;
        }
        if (operation instanceof Operation.DropIndex drop) {
            return exists("SELECT 1 FROM pg_class WHERE oid = to_regclass(?)", qualified(drop.schema(), drop.name()))
                    ? Finding.NOT_DONE : Finding.DONE;
        }
        return Finding.UNKNOWN;
    }

    /** Drops the invalid index {@code index} left; concurrently when outside a transaction, as it was built. */
    static Statement dropLeftover(Operation.CreateIndex index, Dialect dialect, boolean concurrently) {
        List<Statement> drop = dialect.render(new Operation.DropIndex(index.schema(), index.name(), index.table(),
                true, concurrently));
        return drop.get(0);
    }

    private boolean exists(String sql, Object... parameters) {
        return !session.query(new Statement(sql, Arrays.asList(parameters))).isEmpty();
    }

    private String qualified(String schema, String name) {
        return (schema == null ? "" : dialect.quoteIdentifier(schema) + ".") + dialect.quoteIdentifier(name);
    }
}
