package io.retort.runtime;

import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.util.List;
import java.util.Map;

/**
 * Where a run's statements go: a live connection ({@link JdbcSession}) or an SQL script
 * ({@link SqlScript}). Both are driven by the same runner, so offline SQL is the online path with
 * printing instead of executing.
 */
sealed interface Session permits JdbcSession, SqlScript {

    void execute(Statement statement);

    /**
     * Runs statements one after another, in one round trip where the connection allows it; a
     * refused one is a {@link StatementFailure} naming it, with its
     * {@link StatementFailure#index() index}, and those after it do not run.
     */
    void executeInOrder(List<Statement> statements);

    List<Map<String, Object>> query(Statement statement);

    void bulkInsert(Operation.BulkInsert insert);

    /**
     * Like {@link #bulkInsert}, but its rows may still be streaming when it returns, so that the
     * next bulk insert into the same table and columns continues the same load; anything else the
     * session does first ends it, and so does {@link #settle()}.
     */
    void bulkInsertStreaming(Operation.BulkInsert insert);

    /** Ends a load still streaming; a refusal of its rows is thrown here at the latest. */
    void settle();

    void begin();

    void commit();

    void rollback();

    /** Commits what came before, runs {@code block} in autocommit, then begins again. */
    void outsideTransaction(Runnable block);

    boolean offline();

    /** A comment line in a script; ignored online. */
    void comment(String text);
}
