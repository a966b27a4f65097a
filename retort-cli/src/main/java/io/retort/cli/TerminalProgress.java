package io.retort.cli;

import io.retort.RetortEvent;
import io.retort.RetortListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What the command line prints on standard error while upgrade, downgrade or stamp runs, after
 * each {@code Running ...} line (which the log prints, unchanged): the step's time, a heartbeat
 * while a step runs long, who holds Retort's lock while waiting for it, and a summary.
 */
final class TerminalProgress implements RetortListener {
    static final Duration EVERY = Duration.ofSeconds(5);

    private final Supplier<PrintWriter> err;
    private volatile ScheduledExecutorService clock;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile Duration lockReportedAt;
    private volatile RetortEvent.RolledBack rolledBack;

    TerminalProgress(Supplier<PrintWriter> err) {
        this.err = err;
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.StepStarted s) {
            startHeartbeat(s.step());
        } else if (event instanceof RetortEvent.StepFinished f) {
            stopHeartbeat();
            print("  done in " + seconds(f.duration()));
        } else if (event instanceof RetortEvent.LockWaited w) {
            if (lockReportedAt == null || w.waited().minus(lockReportedAt).compareTo(EVERY) >= 0) {
                lockReportedAt = w.waited();
                print("waiting for Retort's lock, held by " + w.holder() + " (" + w.waited().toSeconds() + " s so far)");
            }
        } else if (event instanceof RetortEvent.RolledBack r) {
            rolledBack = r;
        } else if (event instanceof RetortEvent.RunFinished done) {
            stop();
            if (!done.revisions().isEmpty()) {
                print(summary(done));
            }
        } else if (event instanceof RetortEvent.RunFailed) {
            stop();
        }
    }

    static String summary(RetortEvent.RunFinished done) {
        return "Done: " + done.revisions().size() + (done.revisions().size() == 1 ? " revision" : " revisions") + " in "
                + seconds(done.total()) + done.slowest().map(s -> "; slowest " + name(s.step()) + " (" + seconds(s.duration()) + ")")
                .orElse("");
    }

    /** What the last failure rolled back, if the run failed after it began changing the database. */
    Optional<RetortEvent.RolledBack> rolledBack() {
        return Optional.ofNullable(rolledBack);
    }

    /** {@code interrupted: rolled back slow; the database is at a}. */
    static String interrupted(List<String> undone, List<String> databaseAt) {
        return "interrupted: " + (undone.isEmpty() ? "nothing was rolled back" : "rolled back " + String.join(", ", undone))
                + "; the database is at " + (databaseAt.isEmpty() ? "base" : String.join(", ", databaseAt));
    }

    private void startHeartbeat(RetortEvent.Step step) {
        if (clock == null) {
            clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retort-heartbeat");
                t.setDaemon(true);
                return t;
            });
        }
        long started = System.nanoTime();
        heartbeat = clock.scheduleAtFixedRate(() -> print("  ... still running " + name(step) + " ("
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s)"),
                EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void stopHeartbeat() {
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
    }

    private void stop() {
        stopHeartbeat();
        if (clock != null) {
            clock.shutdownNow();
            clock = null;
        }
        lockReportedAt = null;
    }

    private static String name(RetortEvent.Step step) {
        return step.revision() != null ? step.revision() : step.description();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private void print(String line) {
        PrintWriter out = err.get();
        out.println(line);
        out.flush();
    }
}
