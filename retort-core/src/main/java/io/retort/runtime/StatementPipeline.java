package io.retort.runtime;

import io.retort.dialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a migration's operations inside its transaction, held until the migration
 * next needs the database (a query, a bulk insert, a non-transactional block) or ends, then sent
 * in one round trip where each took one of its own: the server works through them while the
 * client waits once. A refused statement still names the line of the revision file that asked for
 * it, as if it had run at once: each keeps the stack it was asked from.
 */
final class StatementPipeline {
    private final Session session;
    private final List<Statement> statements = new ArrayList<>();
    private final List<Throwable> origins = new ArrayList<>();

    StatementPipeline(Session session) {
        this.session = session;
    }

    void add(Statement statement) {
        statements.add(statement);
        origins.add(new Throwable()); // the caller's stack, for the line a failure names
    }

    /** Sends what is held; a failure is thrown with the stack of the statement's operation. */
    void flush() {
        if (statements.isEmpty()) {
            return;
        }
        List<Statement> sending = List.copyOf(statements);
        List<Throwable> askedFrom = List.copyOf(origins);
        statements.clear();
        origins.clear();
        try {
            session.executeInOrder(sending);
        } catch (StatementFailure f) {
            f.setStackTrace(askedFrom.get(Math.min(f.index(), askedFrom.size() - 1)).getStackTrace());
            throw f;
        }
    }
}
