package io.retort.cli;

import io.retort.Retort;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ctrl-C while a command changes the database: the JVM's shutdown hook cancels the running
 * statement, waits for the run to roll back, says what was rolled back and where the database
 * is, and ends the process with 130 (128 + SIGINT), as shells expect.
 */
final class InterruptHook {
    static final int EXIT_INTERRUPTED = 130;
    /** How long the rollback may take before the process ends anyway (the server then rolls back alone). */
    private static final long ROLLBACK_SECONDS = 30;

    private InterruptHook() {}

    /** Runs {@code command} on {@code retort}, handling Ctrl-C as above; {@code progress} is the Retort's listener. */
    static <T> T around(Retort retort, TerminalProgress progress, PrintWriter err, Supplier<T> command) {
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            retort.cancel();
            try {
                ended.await(ROLLBACK_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.println(progress.rolledBack().map(r -> TerminalProgress.interrupted(r.revisions(), r.databaseAt()))
                    .orElseGet(() -> TerminalProgress.interrupted(List.of(), currentOf(retort))));
            err.flush();
            Runtime.getRuntime().halt(EXIT_INTERRUPTED);
        }, "retort-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return command.get();
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook is running and ends the process.
            }
        }
    }

    private static List<String> currentOf(Retort retort) {
        try {
            return retort.current();
        } catch (RuntimeException e) {
            return List.of("(unknown: " + e.getMessage() + ")");
        }
    }
}
