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

    /** {@code beforeCommit} runs before a non-transactional block commits what came before it. */
    MigrationOps(Session session, Dialect dialect, Map<String, String> arguments, Runnable beforeCommit) {
        this.session = session;
        this.dialect = dialect;
        this.arguments = Map.copyOf(arguments);
        this.beforeCommit = beforeCommit;
    }

    @Override
    public void run(Operation operation) {
        if (operation instanceof Operation.BulkInsert insert) {
            session.bulkInsert(insert);
            return;
        }
        for (Statement s : dialect.render(operation)) {
            session.execute(s);
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return session.query(new Statement(sql, Arrays.asList(parameters)));
    }

    @Override
    public void nonTransactional(Runnable block) {
        beforeCommit.run();
        session.outsideTransaction(block);
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
