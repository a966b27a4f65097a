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
    }

    @Override
    public void run(Operation operation) {
        if (operation instanceof Operation.BulkInsert insert) {
            step.execute(Statement.of("COPY " + insert.table().name() + " FROM STDIN"), operation,
                    () -> session.bulkInsert(insert));
            return;
        }
        List<Statement> statements = dialect.render(operation);
        for (Statement s : statements) {
            step.execute(s, statements.size() == 1 ? operation : null, () -> session.execute(s));
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return session.query(new Statement(sql, Arrays.asList(parameters)));
    }

    @Override
    public void nonTransactional(Runnable block) {
        beforeCommit.run();
        step.outsideTransaction(block);
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
