package io.retort.runtime;

import io.retort.Redaction;
import io.retort.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The databases autogenerate and {@code check} read: the environment's own, or a scratch database
 * made beside it on the same server (for {@code --from-revisions}) and dropped afterwards.
 *
 * @param database where to connect
 * @param wrapper applied to every connection opened (identity in use; tests count statements with it)
 */
public record AutogenDatabase(RunSettings.Database database, UnaryOperator<Connection> wrapper) {

    /** The prefix of scratch databases' names: {@code retort_scratch_} and eight hex digits. */
    public static final String SCRATCH_PREFIX = "retort_scratch_";

    public AutogenDatabase(RunSettings.Database database) {
        this(database, UnaryOperator.identity());
    }

    /**
     * A connection in a read-only REPEATABLE READ transaction, so that every catalog query of one
     * inspection sees the same snapshot; the caller closes it (which ends the transaction).
     */
    public Connection openForReading() {
        Connection c = wrapper.apply(database.connect());
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            close(c);
            throw new RetortException("cannot start a read-only transaction on " + database.description() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates an empty database with a fresh name on this database's server and returns it; the
     * connecting user needs the CREATEDB privilege. Drop it with {@link #dropScratch}.
     */
    public AutogenDatabase createScratch() {
        String name = SCRATCH_PREFIX + String.format(Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt());
        admin("CREATE DATABASE " + name, "create the scratch database " + name + " on the server of " + database.description()
                + " (for --from-revisions); the user needs the CREATEDB privilege");
        String url = withDatabaseName(database.url(), name);
        return new AutogenDatabase(new RunSettings.Database(url, database.user(), database.password(),
                "scratch database " + name + " beside " + database.description()), wrapper);
    }

    /** Drops {@code scratch}, made by {@link #createScratch()} on this database's server, disconnecting whoever is still connected. */
    public void dropScratch(AutogenDatabase scratch) {
        String name = databaseName(scratch.database().url());
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "drop the scratch database " + name + "; drop it by hand");
    }

    private void admin(String sql, String what) {
        try (Connection c = wrapper.apply(database.connect());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new RetortException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** {@code url} naming database {@code name} instead of its own; its host, port and parameters stay. */
    static String withDatabaseName(String url, String name) {
        int[] span = databaseSpan(url);
        return url.substring(0, span[0]) + name + url.substring(span[1]);
    }

    static String databaseName(String url) {
        int[] span = databaseSpan(url);
        return url.substring(span[0], span[1]);
    }

    /** Where the database name is in a {@code jdbc:postgresql:} URL: after the host part, before the parameters. */
    private static int[] databaseSpan(String url) {
        String prefix = "jdbc:postgresql:";
        if (url == null || !url.startsWith(prefix)) {
            throw new RetortException("'" + Redaction.url(url)
                    + "' is not a PostgreSQL JDBC URL; write it as jdbc:postgresql://HOST:PORT/DATABASE");
        }
        int start = prefix.length();
        if (url.startsWith("//", start)) {
            int slash = url.indexOf('/', start + 2);
            int query = url.indexOf('?', start + 2);
            if (slash < 0 || (query >= 0 && query < slash)) {
                throw new RetortException("'" + Redaction.url(url)
                        + "' names no database; write it as jdbc:postgresql://HOST:PORT/DATABASE");
            }
            start = slash + 1;
        }
        int end = url.indexOf('?', start);
        return new int[] {start, end < 0 ? url.length() : end};
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
