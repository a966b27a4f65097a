package io.retort.runtime;

import io.retort.RetortException;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.util.List;
import java.util.Map;

/** Collects a run as the SQL script a DBA would run: every statement with its values written in. */
final class SqlScript implements Session {
    private final Dialect dialect;
    private final StringBuilder out = new StringBuilder();
    private boolean inTransaction;

    SqlScript(Dialect dialect) {
        this.dialect = dialect;
    }

    String text() {
        return out.toString();
    }

    @Override
    public void execute(Statement statement) {
        String sql = dialect.inline(statement).strip();
        out.append(sql);
        if (!sql.endsWith(";")) {
            out.append(';');
        }
        out.append("\n\n");
    }

    @Override
    public void bulkInsertStreaming(Operation.BulkInsert insert) {
        bulkInsert(insert);
    }

    @Override
    public void settle() {
        // a script streams nothing
    }

    @Override
    public void executeInOrder(List<Statement> statements) {
        statements.forEach(this::execute);
    }

    @Override
    public List<Map<String, Object>> query(Statement statement) {
        throw new OfflineQueryException(statement.sql());
    }

    @Override
    public void bulkInsert(Operation.BulkInsert insert) {
        for (Statement s : dialect.render(insert)) {
            execute(s);
        }
    }

    @Override
    public void begin() {
        if (!inTransaction) {
            out.append("BEGIN;\n\n");
            inTransaction = true;
        }
    }

    @Override
    public void commit() {
        if (inTransaction) {
            out.append("COMMIT;\n\n");
            inTransaction = false;
        }
    }

    @Override
    public void rollback() {}

    @Override
    public void outsideTransaction(Runnable block) {
        commit();
        block.run();
        begin();
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public void comment(String text) {
        out.append("-- ").append(text.replace("\n", "\n-- ")).append("\n\n");
    }

    /** A migration asked to read from the database while printing SQL. */
    static final class OfflineQueryException extends RetortException {
        OfflineQueryException(String sql) {
            super("reads from the database (" + StatementFailure.abbreviate(sql)
                    + ") and cannot run in offline --sql mode; generate the SQL for the ranges before and after it");
        }
    }
}
