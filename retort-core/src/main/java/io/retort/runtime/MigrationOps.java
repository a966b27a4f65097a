package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import io.retort.ops.Ops;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@link Ops} a migration receives: renders each operation and hands it to the session. */
final class MigrationOps implements Ops {
    private final Session session;
    private final Dialect dialect;
    private final Map<String, String> arguments;
    private final Runnable beforeCommit;
    private final ResumableStep step;
    private final StatementPipeline pipeline;
    private boolean outside;

    /**
     * {@code beforeCommit} runs before a non-transactional block commits what came before it;
     * {@code step} records, and resumes, the statements that run outside a transaction.
     */
    MigrationOps(Session session, Dialect dialect, Map<String, String> arguments, Runnable beforeCommit,
                 ResumableStep step) {
        this.session = session;
        this.dialect = dialect;
        this.arguments = Map.copyOf(arguments);
        this.beforeCommit = beforeCommit;
        this.step = step;
        this.pipeline = new StatementPipeline(session);
    }

    @Override
    public void run(Operation operation) {
        if (operation instanceof Operation.BulkInsert insert) {
            sendHeld();
            // In the transaction the load may stay open for the next bulk insert into the same table.
            Runnable load = outside ? () -> session.bulkInsert(insert) : () -> session.bulkInsertStreaming(insert);
            step.execute(Statement.of("COPY " + insert.table().name() + " FROM STDIN"), operation, load);
            return;
        }
        List<Statement> statements = dialect.render(operation);
        for (Statement s : statements) {
            step.execute(s, statements.size() == 1 ? operation : null, () -> send(s));
        }
    }

    /**
     * A statement in the transaction waits for the next one (see {@link StatementPipeline}); one
     * outside it, one with bind parameters and one of a script go at once.
     */
    private void send(Statement s) {
        if (outside || session.offline() || !s.parameters().isEmpty()) {
            sendHeld();
            session.execute(s);
        } else {
            pipeline.add(s);
        }
    }

    /** Sends the statements still held: at the end of the migration, before its version change. */
    void finish() {
        sendHeld();
    }

    /**
     * Ends a streaming bulk load, then sends the statements held: in that order, since statements
     * are held only after the last load began, and a failure of either names its own line.
     */
    private void sendHeld() {
        session.settle();
        pipeline.flush();
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        sendHeld();
        return session.query(new Statement(sql, Arrays.asList(parameters)));
    }

    @Override
    public void nonTransactional(Runnable block) {
        sendHeld();
        beforeCommit.run();
        boolean before = outside;
        outside = true;
        try {
            step.outsideTransaction(block);
        } finally {
            outside = before;
        }
    }

    @Override
    public boolean offline() {
        return session.offline();
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }
}
