package io.retort.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Runs SQL scripts, such as {@code pg_dump} output, against a {@link TestDatabase} over JDBC, so
 * tests need no {@code psql}: statements one by one in autocommit, COPY blocks through pgjdbc's
 * {@code CopyManager}, psql meta-commands skipped (see {@link SqlScriptParts}). The first error
 * stops the script and fails the caller, naming the script and line.
 */
public final class SqlScripts {
    private SqlScripts() {}

    /** Runs the script {@code file} in {@code db}. */
    public static void load(TestDatabase db, Path file) {
        try {
            run(db, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Runs the SQL text {@code sql}, one or more statements, in {@code db}. */
    public static void execute(TestDatabase db, String sql) {
        run(db, sql, "SQL text");
    }

    private static void run(TestDatabase db, String script, String what) {
        try (Connection c = db.connect(); Statement statement = c.createStatement()) {
            for (SqlScriptParts.Part part : SqlScriptParts.of(script)) {
                try {
                    if (part instanceof SqlScriptParts.CopyIn copy) {
                        c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy.sql(), new StringReader(copy.rows()));
                    } else {
                        statement.execute(((SqlScriptParts.Sql) part).sql());
                    }
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException(what + ":" + part.line() + ": " + e.getMessage()
                            + " (database " + db.name() + ")", e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + db.name() + " for " + what, e);
        }
    }
}
