package io.retort.runtime;

import io.retort.RetortException;

/** A statement the database refused, with the SQL and the server's own message. */
public final class StatementFailure extends RetortException {
    private final String sql;

    StatementFailure(String sql, String serverMessage, Throwable cause) {
        super(serverMessage + "\n  SQL: " + abbreviate(sql), cause);
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    static String abbreviate(String sql) {
        String oneLine = sql.strip();
        return oneLine.length() <= 2000 ? oneLine : oneLine.substring(0, 2000) + " ...";
    }
}
