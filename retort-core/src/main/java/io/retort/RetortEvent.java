package io.retort;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command that changes the database reports while it runs, in this order: {@link PlanReady},
 * then for each step {@link StepStarted}, its {@link StatementRun}s and {@link StepFinished}, then
 * {@link RunFinished}; or, at the first failure, {@link RolledBack} (when a step's work was undone)
 * and {@link RunFailed}. {@link LockWaited} comes while another run holds Retort's lock. With
 * nothing to do there is just {@link RunFinished}, with no revisions. A
 * {@link RetortListener} receives them on the thread that runs the command.
 */
public sealed interface RetortEvent {

    /**
     * One step of the plan: the revision run (for a stamp, the one stamped; null when a stamp
     * empties the table for {@code --purge}) and the {@code Running upgrade ...} line the log receives for it.
     */
    record Step(String revision, String description) {
        public Step {
            Objects.requireNonNull(description);
        }
    }

    /** The steps about to run, under the lock, after any confirmation; nothing has changed yet. */
    record PlanReady(List<Step> steps) implements RetortEvent {
        public PlanReady {
            steps = List.copyOf(steps);
        }
    }

    /** A step begins (its {@code Running ...} line has just been logged). */
    record StepStarted(Step step) implements RetortEvent {}

    /** A step's migration and bookkeeping ran; with {@code transaction_per = "run"} it commits at the end. */
    record StepFinished(Step step, Duration duration) implements RetortEvent {}

    /** A statement the database ran (a batch as its statements joined by {@code ;\n}). */
    record StatementRun(String sql, Duration duration) implements RetortEvent {}

    /**
     * Another session holds Retort's advisory lock on this version table; sent about once a second
     * while waiting for it.
     *
     * @param holder who holds it: pid, application name, user and since when it is connected
     */
    record LockWaited(String holder, Duration waited) implements RetortEvent {}

    /** Everything ran and is committed. {@code slowest} is empty when no step ran. */
    record RunFinished(List<String> revisions, Duration total, Optional<StepFinished> slowest) implements RetortEvent {
        public RunFinished {
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * A step failed or was cancelled and its transaction rolled back.
     *
     * @param revisions the revisions whose work was undone, in the order they had run
     * @param databaseAt the version table's rows now (empty: base)
     */
    record RolledBack(List<String> revisions, List<String> databaseAt) implements RetortEvent {
        public RolledBack {
            revisions = List.copyOf(revisions);
            databaseAt = List.copyOf(databaseAt);
        }
    }

    /** The command stopped with {@code error} (thrown to the caller right after). */
    record RunFailed(RuntimeException error, Duration total) implements RetortEvent {}
}
