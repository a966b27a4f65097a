package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** initdb and pg_ctl, run as the server account on one data folder. */
final class PostgresPrograms {
    private static final long TIMEOUT_SECONDS = 120;

    /** What a program printed and how it ended. */
    record Outcome(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final PostgresBinaries binaries;
    private final ServerAccount account;
    private final ServerLayout layout;

    PostgresPrograms(PostgresBinaries binaries, ServerAccount account, ServerLayout layout) {
        this.binaries = binaries;
        this.account = account;
        this.layout = layout;
    }

    /**
     * A new cluster whose superuser is {@code postgres}, whatever the operating-system account, and
     * which lets no one in until Retort writes its rules and sets the password with
     * {@link #alterSuperuser}: initdb never sees the password.
     * Without fsync: the cluster is empty and for development, so a power cut right after costs a
     * {@code retort db reset}, while syncing costs seconds on a busy disk at every first use.
     */
    Outcome initdb() throws IOException {
        return run(Optional.empty(), "initdb", "-D", layout.dataDir().toString(), "-U", EmbeddedPostgres.SUPERUSER,
                "--auth=reject", "-E", "UTF8", "--locale=C", "--no-instructions", "--no-sync");
    }

    /**
     * Runs one statement in single-user mode, with the server stopped: how Retort sets the password
     * without being able to log in. The statement ends the line; an error fails the run.
     */
    Outcome alterSuperuser(String statement) throws IOException {
        return run(Optional.of(statement + ";\n"), "postgres", "--single", "-D", layout.dataDir().toString(),
                "-c", "exit_on_error=on", EmbeddedPostgres.SUPERUSER);
    }

    /** Starts the server in the background; it outlives this process, logging to the data folder. */
    Outcome start() throws IOException {
        return run(Optional.empty(), "pg_ctl", "start", "-D", layout.dataDir().toString(), "-l", layout.logFile().toString(),
                "-w", "-t", String.valueOf(TIMEOUT_SECONDS - 10));
    }

    Outcome stop() throws IOException {
        return run(Optional.empty(), "pg_ctl", "stop", "-D", layout.dataDir().toString(), "-m", "fast",
                "-w", "-t", String.valueOf(TIMEOUT_SECONDS - 10));
    }

    private Outcome run(Optional<String> input, String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(binaries.program(program).toString());
        command.addAll(List.of(args));
        // The account may not be allowed into the caller's working folder; PostgreSQL checks it.
        Path folder = layout.dataDir().getParent();
        ProcessBuilder builder = new ProcessBuilder(account.command(command)).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PG"));
        env.put("LC_ALL", "C");
        if (account.isOtherAccount()) {
            env.put("HOME", folder.toString());
        }
        Path output = Files.createTempFile("retort-" + program + "-", ".out");
        try {
            // A file, not a pipe: the server started by pg_ctl must not hold our end open.
            Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.orElse("").getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RetortException(program + " did not finish within " + TIMEOUT_SECONDS + " s on " + layout.dataDir()
                        + ": see " + layout.logFile());
            }
            return new Outcome(process.exitValue(), Files.readString(output));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while running " + program, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
