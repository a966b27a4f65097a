package io.retort.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs SQL scripts, such as {@code pg_dump} output, against a {@link TestDatabase} with
 * {@code psql}, which understands everything a dump holds (COPY blocks, psql meta-commands,
 * {@code set_config('search_path', '', false)}). The first error stops the script and fails the
 * caller.
 */
public final class SqlScripts {
    private static final long TIMEOUT_SECONDS = 120;

    private SqlScripts() {}

    /** Runs the script {@code file} in {@code db}. */
    public static void load(TestDatabase db, Path file) {
        run(db, List.of("-f", file.toAbsolutePath().toString()), null, file.toString());
    }

    /** Runs the SQL text {@code sql}, one or more statements, in {@code db}. */
    public static void execute(TestDatabase db, String sql) {
        run(db, List.of(), sql, "SQL text");
    }

    private static void run(TestDatabase db, List<String> source, String stdin, String what) {
        List<String> command = new ArrayList<>(List.of(
                "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", TestServer.HOST, "-p", String.valueOf(TestServer.port()), "-U", "postgres", "-d", db.name()));
        command.addAll(source);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(TestServer.psqlEnvironment());
            Process psql = builder.start();
            try (OutputStream in = psql.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!psql.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                psql.destroyForcibly();
                throw new IllegalStateException("psql did not finish " + what + " in " + TIMEOUT_SECONDS + " s");
            }
            if (psql.exitValue() != 0) {
                throw new IllegalStateException("psql failed on " + what + " in database " + db.name()
                        + " (exit " + psql.exitValue() + "):\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run psql for " + what + "; is psql on PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while psql ran " + what, e);
        }
    }
}
