package io.retort.runtime;

import io.retort.RetortException;

/** A statement the database refused, with the SQL and the server's own message. */
public final class StatementFailure extends RetortException {
    private final String sql;
    private final String serverMessage;
    private final int index;

    StatementFailure(String sql, String serverMessage, Throwable cause) {
        this(sql, serverMessage, cause, 0);
    }

    private StatementFailure(String sql, String serverMessage, Throwable cause, int index) {
        super(serverMessage + "\n  SQL: " + abbreviate(sql), cause);
        this.sql = sql;
        this.serverMessage = serverMessage;
        this.index = index;
    }

    /** The same failure, of the statement at {@code index} of those sent together. */
    StatementFailure at(int index) {
        StatementFailure f = new StatementFailure(sql, serverMessage, getCause(), index);
        f.setStackTrace(getStackTrace());
        return f;
    }

    /** Which of the statements sent together failed, from 0 (0 for one sent alone). */
    int index() {
        return index;
    }

    public String sql() {
        return sql;
    }

    static String abbreviate(String sql) {
        String oneLine = sql.strip();
        return oneLine.length() <= 2000 ? oneLine : oneLine.substring(0, 2000) + " ...";
    }
}
