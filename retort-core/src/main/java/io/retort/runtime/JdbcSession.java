package io.retort.runtime;

import io.retort.RetortEvent;
import io.retort.RetortException;
import io.retort.RetortListener;
import io.retort.dialect.BulkLoader;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs statements on a live connection that Retort owns for the length of a run. */
final class JdbcSession implements Session {
    private final Connection connection;
    private final Dialect dialect;
    private final BulkLoader loader;
    private final LockWaitWatch lockWaits;
    private final RetortListener listener;
    private final CancelSwitch cancel;

    JdbcSession(Connection connection, Dialect dialect) {
        this(connection, dialect, LockWaitWatch.none());
    }

    /** A session that waits for locks as {@code lockWaits} says, reports statements to {@code listener} and stops at {@code cancel}. */
    JdbcSession(Connection connection, Dialect dialect, LockWaitWatch lockWaits, RetortListener listener, CancelSwitch cancel) {
        this.connection = connection;
        this.dialect = dialect;
        this.loader = dialect.bulkLoader();
        this.lockWaits = lockWaits;
        this.listener = listener;
        this.cancel = cancel;
    }

    /** A session whose transactions, and statements outside them, wait for locks no longer than {@code lockWaits} says. */
    // A bulk load left streaming (see bulkInsertStreaming), into what, and each call that fed it:
    // where it was made and the rows up to its last, so that a refused row names its own call.
    private BulkLoader.OpenLoad openLoad;
    private String openLoadTable;
    private final List<Throwable> openLoadCalls = new ArrayList<>();
    private final List<Long> openLoadRowEnds = new ArrayList<>();

    JdbcSession(Connection connection, Dialect dialect, LockWaitWatch lockWaits) {
        this(connection, dialect, lockWaits, RetortListener.NONE, new CancelSwitch());
    }

    @Override
    public void execute(Statement statement) {
        settle();
        long start = System.nanoTime();
        try {
            if (statement.parameters().isEmpty()) {
                try (java.sql.Statement s = connection.createStatement()) {
                    cancel.running(s);
                    s.execute(statement.sql());
                }
            } else {
                try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
                    JdbcValues.bind(ps, statement.parameters());
                    cancel.running(ps);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw failure(statement.sql(), e);
        } finally {
            cancel.running(null);
        }
        ran(statement::sql, start);
    }

    /** Reports a statement; its text is made only for a listener that hears (a batch's joins every statement). */
    private void ran(Supplier<String> sql, long startNanos) {
        if (listener != RetortListener.NONE) {
            listener.onEvent(new RetortEvent.StatementRun(sql.get(), Duration.ofNanos(System.nanoTime() - startNanos)));
        }
    }

    /**
     * One round trip: pgjdbc sends the statements together, their values written in by the dialect
     * (a single one goes as it is, its values bound). A refused one is named with its index.
     */
    @Override
    public void executeInOrder(List<Statement> statements) {
        settle();
        if (statements.size() == 1) {
            execute(statements.get(0));
            return;
        }
        List<String> texts = statements.stream().map(dialect::inline).toList();
        long start = System.nanoTime();
        try (java.sql.Statement batch = connection.createStatement()) {
            for (String sql : texts) {
                batch.addBatch(sql);
            }
            cancel.running(batch);
            batch.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            int failed = refused(e.getMessage(), texts);
            throw failed < 0 ? failure(String.join(";\n", texts), cause)
                    : ((StatementFailure) failure(texts.get(failed), cause)).at(failed);
        } catch (SQLException e) {
            throw failure(String.join(";\n", texts), e);
        } finally {
            cancel.running(null);
        }
        if (listener != RetortListener.NONE) {
            Duration each = Duration.ofNanos((System.nanoTime() - start) / texts.size());
            texts.forEach(sql -> listener.onEvent(new RetortEvent.StatementRun(sql, each)));
        }
    }

    /**
     * Which statement of a batch the server refused, or -1. In a transaction pgjdbc marks every
     * update count as failed, so only its message says: "Batch entry 3 <SQL> was aborted" (in the
     * JVM's language, always with the index before the SQL). A number is believed when the
     * statement it points at is the SQL the message names, or when the message names none.
     */
    static int refused(String message, List<String> statements) {
        if (message == null) {
            return -1;
        }
        boolean namesOne = statements.stream().anyMatch(message::contains);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(message);
        while (number.find()) {
            if (number.group().length() > 9) {
                continue;
            }
            int k = Integer.parseInt(number.group());
            if (k < statements.size() && (!namesOne || message.contains(statements.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public List<Map<String, Object>> query(Statement statement) {
        settle();
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            JdbcValues.bind(ps, statement.parameters());
            cancel.running(ps);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                ran(statement::sql, start);
                return rows;
            }
        } catch (SQLException e) {
            throw failure(statement.sql(), e);
        } finally {
            cancel.running(null);
        }
    }

    @Override
    public void bulkInsert(Operation.BulkInsert insert) {
        settle();
        cancel.check();
        long start = System.nanoTime();
        try {
            if (loader != null) {
                loader.load(connection, insert);
            } else {
                for (Statement s : dialect.render(insert)) {
                    execute(s);
                }
            }
        } catch (SQLException e) {
            throw failure("bulk insert into " + insert.table().name(), e);
        }
        if (loader != null) {
            ran(() -> "COPY " + insert.table().name() + " FROM STDIN", start);
        }
    }

    @Override
    public void bulkInsertStreaming(Operation.BulkInsert insert) {
        if (loader == null) {
            bulkInsert(insert);
            return;
        }
        cancel.check();
        long start = System.nanoTime();
        BulkLoader.OpenLoad before = openLoad;
        try {
            openLoad = loader.loadContinuing(connection, insert, before);
        } catch (SQLException e) {
            RetortException f = failure("bulk insert into " + insert.table().name(), e);
            if (before != null) {
                f.setStackTrace(callThatSent(e, insert.rows().size()).getStackTrace());
            }
            forgetOpenLoad();
            throw f;
        }
        if (openLoad != before) { // a load began in this call (or none is left open)
            forgetOpenLoad();
        }
        if (openLoad != null) {
            long rowsBefore = openLoadRowEnds.isEmpty() ? 0 : openLoadRowEnds.get(openLoadRowEnds.size() - 1);
            openLoadCalls.add(new Throwable());
            openLoadRowEnds.add(rowsBefore + insert.rows().size());
            openLoadTable = insert.table().name();
        }
        ran(() -> "COPY " + insert.table().name() + " FROM STDIN", start);
    }

    /**
     * Ends the load left streaming. A refused row names the bulk insert that sent it, as the
     * failure of a statement names the line that asked for it.
     */
    @Override
    public void settle() {
        if (openLoad == null) {
            return;
        }
        BulkLoader.OpenLoad ending = openLoad;
        openLoad = null;
        try {
            ending.end();
        } catch (SQLException e) {
            RetortException f = failure("bulk insert into " + openLoadTable, e);
            f.setStackTrace(callThatSent(e, 0).getStackTrace());
            throw f;
        } finally {
            forgetOpenLoad();
        }
    }

    /**
     * The call whose rows hold the one the server refused: PostgreSQL names it by its line in the
     * COPY ("COPY t, line 10001, column id"); without that, the last call. {@code pending} rows of
     * the call under way follow the recorded ones.
     */
    private Throwable callThatSent(SQLException e, long pending) {
        Throwable here = new Throwable();
        long row = loader.refusedRow(e);
        if (row > 0) {
            for (int i = 0; i < openLoadRowEnds.size(); i++) {
                if (row <= openLoadRowEnds.get(i)) {
                    return openLoadCalls.get(i);
                }
            }
        }
        return openLoadCalls.isEmpty() || pending > 0 ? here : openLoadCalls.get(openLoadCalls.size() - 1);
    }

    private void forgetOpenLoad() {
        openLoadCalls.clear();
        openLoadRowEnds.clear();
    }

    @Override
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("BEGIN", e);
        }
        lockWaits.transactionSetting().forEach(sql -> execute(Statement.of(sql)));
    }

    @Override
    public void commit() {
        settle();
        cancel.check();
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("COMMIT", e);
        }
    }

    @Override
    public void rollback() {
        if (openLoad != null) {
            openLoad.cancel();
            openLoad = null;
            forgetOpenLoad();
        }
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure("ROLLBACK", e);
        }
    }

    @Override
    public void outsideTransaction(Runnable block) {
        commit();
        try {
            connection.setAutoCommit(true);
            lockWaits.sessionSetting().forEach(sql -> execute(Statement.of(sql)));
            block.run();
        } catch (SQLException e) {
            throw failure("SET autocommit", e);
        } finally {
            lockWaits.sessionReset().forEach(sql -> execute(Statement.of(sql)));
            begin();
        }
    }

    @Override
    public boolean offline() {
        return false;
    }

    @Override
    public void comment(String text) {}

    static RetortException failure(String sql, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        return new StatementFailure(sql, message, e);
    }
}
