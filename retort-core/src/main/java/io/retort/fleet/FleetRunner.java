package io.retort.fleet;

import io.retort.RetortException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one command on every target of a fleet: plans all of them first (reading each version
 * table), runs the canaries and stops if one fails, then the rest, {@code parallel} at a time,
 * each through its own {@link TargetDatabase}. Once more targets failed than the run tolerates it
 * starts no new one, and lets those running finish. Every outcome goes to the ledger as it happens.
 */
public final class FleetRunner {
    private final List<FleetTarget> targets;
    private final Function<FleetTarget, TargetDatabase> databases;
    private final FleetLedger ledger;
    private final Consumer<String> out;

    /**
     * @param databases opens a target as a single-database command would (called on the run's threads)
     * @param out receives a line per target as it finishes, and the run's notes
     */
    public FleetRunner(List<FleetTarget> targets, Function<FleetTarget, TargetDatabase> databases, FleetLedger ledger,
                       Consumer<String> out) {
        this.targets = List.copyOf(targets);
        this.databases = databases;
        this.ledger = ledger;
        this.out = out;
    }

    /** The targets of {@code shard}, or all of them. */
    public static List<FleetTarget> select(List<FleetTarget> targets, Optional<Shard> shard) {
        return shard.map(s -> targets.stream().filter(s::contains).toList()).orElse(targets);
    }

    public FleetReport run(TargetAction action, FleetOptions options) {
        List<FleetTarget> chosen = select(targets, options.shard());
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String command = action.describe() + options.shard().map(s -> " (shard " + s + ")").orElse("");
        Optional<String> resumed = ledger.begin(runId, command, chosen.size());
        resumed.ifPresent(r -> say("run " + r + " stopped before its end; this run does what is left: each target"
                + " that run finished is found there by reading its version table, and left as it is"));
        Progress progress = new Progress(chosen.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallel(), chosen.size())), r -> {
            Thread t = new Thread(r, "retort-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Planned> planned = all(pool, chosen.stream().map(t -> (Work<Planned>) () -> plan(t, action)).toList());
            List<TargetOutcome> outcomes = new ArrayList<>(Collections.nCopies(chosen.size(), null));
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                if (p.outcome != null) {
                    outcomes.set(i, finish(runId, p.outcome, progress));
                } else {
                    pending.add(i);
                }
            }
            AtomicInteger failures = new AtomicInteger((int) outcomes.stream()
                    .filter(o -> o != null && o.result() == TargetOutcome.Result.FAILED).count());
            List<Integer> canaries = pending.subList(0, Math.min(options.canary(), pending.size()));
            List<Integer> rest = pending.subList(canaries.size(), pending.size());
            runAll(pool, canaries, planned, outcomes, runId, action, progress, () -> failures.get() > options.maxFailures(), failures);
            boolean canaryFailed = canaries.stream().anyMatch(i -> outcomes.get(i).result() == TargetOutcome.Result.FAILED);
            if (canaryFailed) {
                say("a canary failed: no other target is started");
            }
            runAll(pool, rest, planned, outcomes, runId, action, progress,
                    () -> canaryFailed || failures.get() > options.maxFailures(), failures);
            FleetReport report = new FleetReport(runId, command, outcomes, resumed);
            if (!canaryFailed && failures.get() > options.maxFailures() && !report.with(TargetOutcome.Result.NOT_STARTED).isEmpty()) {
                say(failures.get() + " target(s) failed, more than --max-failures " + options.maxFailures()
                        + ": no other target was started");
            }
            ledger.end(runId, report.failed().size());
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private void runAll(ExecutorService pool, List<Integer> indexes, List<Planned> planned, List<TargetOutcome> outcomes,
                        String runId, TargetAction action, Progress progress, java.util.function.BooleanSupplier stop,
                        AtomicInteger failures) {
        List<TargetOutcome> done = all(pool, indexes.stream().map(i -> (Work<TargetOutcome>) () -> {
            Planned p = planned.get(i);
            TargetOutcome o = stop.getAsBoolean()
                    ? new TargetOutcome(p.target.name(), TargetOutcome.Result.NOT_STARTED, p.current, p.current, Duration.ZERO, "")
                    : apply(p, action);
            if (o.result() == TargetOutcome.Result.FAILED) {
                failures.incrementAndGet();
            }
            return finish(runId, o, progress);
        }).toList());
        for (int k = 0; k < indexes.size(); k++) {
            outcomes.set(indexes.get(k), done.get(k));
        }
    }

    private Planned plan(FleetTarget target, TargetAction action) {
        long start = System.nanoTime();
        try {
            TargetDatabase db = databases.apply(target);
            List<String> current = db.current();
            return action.needed(current) ? new Planned(target, db, current, null)
                    : new Planned(target, db, current, new TargetOutcome(target.name(), TargetOutcome.Result.UNCHANGED,
                    current, current, since(start), ""));
        } catch (RuntimeException e) {
            return new Planned(target, null, List.of(), new TargetOutcome(target.name(), TargetOutcome.Result.FAILED,
                    List.of(), List.of(), since(start), reason(e)));
        }
    }

    private static TargetOutcome apply(Planned p, TargetAction action) {
        long start = System.nanoTime();
        try {
            action.apply(p.database);
            return new TargetOutcome(p.target.name(), TargetOutcome.Result.DONE, p.current, p.database.current(), since(start), "");
        } catch (RuntimeException e) {
            return new TargetOutcome(p.target.name(), TargetOutcome.Result.FAILED, p.current, p.current, since(start), reason(e));
        }
    }

    private TargetOutcome finish(String runId, TargetOutcome outcome, Progress progress) {
        ledger.record(runId, outcome);
        if (outcome.result() != TargetOutcome.Result.UNCHANGED) {
            say(progress.next() + " " + outcome.describe());
        } else {
            progress.next();
        }
        return outcome;
    }

    private static String reason(RuntimeException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e instanceof RetortException ? first : e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private synchronized void say(String line) {
        out.accept(line);
    }

    private static <T> List<T> all(ExecutorService pool, List<Work<T>> work) {
        List<Future<T>> futures = work.stream().map(w -> pool.submit(w::call)).toList();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetortException("interrupted while the fleet ran; targets running then were rolled back by their servers");
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private interface Work<T> {
        T call();
    }

    /** A target with its version table read; {@code outcome} is set when nothing is to run (or it could not be read). */
    private record Planned(FleetTarget target, TargetDatabase database, List<String> current, TargetOutcome outcome) {}

    /** The {@code [17/200]} count in front of each line. */
    private static final class Progress {
        private final int total;
        private int finished;

        Progress(int total) {
            this.total = total;
        }

        synchronized String next() {
            finished++;
            return "[" + finished + "/" + total + "]";
        }
    }
}
