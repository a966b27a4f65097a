package io.retort.runtime;

import io.retort.RetortEvent;
import io.retort.RetortException;
import io.retort.RetortListener;
import io.retort.TransactionMode;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.graph.Direction;
import io.retort.graph.MigrationPlan;
import io.retort.graph.MigrationStep;
import io.retort.graph.VersionChange;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Carries out a plan on a session: each step runs its migration, changes the version table and
 * appends to the history, and commits where the transaction mode says.
 */
final class PlanRunner {
    private final Session session;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final TransactionMode mode;
    private final Map<String, String> arguments;
    private final Consumer<String> log;
    private final String appliedBy;
    private final LockWaitWatch lockWaits;
    private final RetortListener listener;
    private final List<Statement> bookkeeping = new ArrayList<>();
    private final StepProgress progress;

    PlanRunner(Session session, Dialect dialect, VersionTable versions, HistoryTable history, TransactionMode mode,
               Map<String, String> arguments, Consumer<String> log, String appliedBy) {
        this(session, dialect, versions, history, mode, arguments, log, appliedBy, LockWaitWatch.none());
    }

    /** {@code lockWaits} names the blocker when a migration times out waiting for a lock. */
    PlanRunner(Session session, Dialect dialect, VersionTable versions, HistoryTable history, TransactionMode mode,
               Map<String, String> arguments, Consumer<String> log, String appliedBy, LockWaitWatch lockWaits) {
        this(session, dialect, versions, history, mode, arguments, log, appliedBy, lockWaits, RetortListener.NONE,
                StepProgress.none());
    }

    /**
     * {@code listener} hears each step start and finish, and what a failure rolled back;
     * {@code progress} records and resumes the statements that run outside a transaction.
     */
    PlanRunner(Session session, Dialect dialect, VersionTable versions, HistoryTable history, TransactionMode mode,
               Map<String, String> arguments, Consumer<String> log, String appliedBy, LockWaitWatch lockWaits,
               RetortListener listener, StepProgress progress) {
        this.listener = listener;
        this.progress = progress;
        this.session = session;
        this.dialect = dialect;
        this.versions = versions;
        this.history = history;
        this.mode = mode;
        this.arguments = arguments;
        this.log = log;
        this.appliedBy = appliedBy;
        this.lockWaits = lockWaits;
    }

    /**
     * Runs the plan. {@code setup} are the bookkeeping statements (create or widen tables) that go
     * first, inside the first transaction. Returns the ids run, in order.
     */
    List<String> run(MigrationPlan plan, Map<String, LoadedRevision> revisions, List<Statement> setup) {
        List<String> done = new ArrayList<>();
        List<String> rows = new ArrayList<>(plan.headsBefore());
        String lastCompleted = String.join(", ", rows);
        Commits commits = new Commits(rows);
        session.begin();
        try {
            setup.forEach(session::execute);
            for (MigrationStep step : plan.steps()) {
                LoadedRevision revision = step.stamp() ? null : revisions.get(step.revision().id());
                if (revision != null && !revision.transactional()) {
                    commits.committed(done, rows); // runStep commits what came before it
                }
                commits.running(step, revision);
                runStep(step, revision);
                if (step.revision() != null) {
                    done.add(step.revision().id());
                }
                applyTo(rows, step.versionChange());
                if (revision != null && !revision.transactional()) {
                    commits.committed(done, rows); // its version row was written in autocommit
                }
                if (session.offline()) {
                    flush(); // a script reads best with each revision's version change beside it
                }
                if (mode == TransactionMode.MIGRATION) {
                    flush();
                    session.commit();
                    session.begin();
                    lastCompleted = String.join(", ", rows);
                    commits.committed(done, rows);
                }
            }
            flush();
            session.commit();
            return done;
        } catch (RuntimeException e) {
            session.rollback();
            if (!session.offline()) {
                listener.onEvent(commits.rolledBack(done));
            }
            if (e instanceof StepFailure f) {
                String state = mode == TransactionMode.RUN || done.isEmpty()
                        ? "nothing was changed; the database is where it was"
                        : "the database stays at " + (lastCompleted.isEmpty() ? "base" : lastCompleted);
                throw session.offline() ? f : f.withState(state);
            }
            throw e;
        }
    }

    /**
     * Writes the version-table and history statements queued since the last commit, as one batch:
     * they need to be there when the transaction commits, not a round trip each before that.
     */
    private void flush() {
        if (!bookkeeping.isEmpty()) {
            session.executeInOrder(List.copyOf(bookkeeping));
            bookkeeping.clear();
        }
    }

    private static void applyTo(List<String> rows, VersionChange change) {
        rows.removeAll(change.deletes());
        change.updates().forEach(u -> rows.set(rows.indexOf(u.from()), u.to()));
        rows.addAll(change.inserts());
    }

    private void runStep(MigrationStep step, LoadedRevision revision) {
        boolean up = step.direction() == Direction.UP;
        String line = step.describe();
        log.accept(line);
        session.comment(line);
        RetortEvent.Step event = new RetortEvent.Step(step.revision() == null ? null : step.revision().id(), line);
        listener.onEvent(new RetortEvent.StepStarted(event));
        long startNanos = System.nanoTime();
        String direction = step.stamp() ? "stamp" : up ? "upgrade" : "downgrade";
        OffsetDateTime started = OffsetDateTime.now();
        ResumableStep resumable = progress.step(session, dialect, step, revision);
        MigrationOps ops = new MigrationOps(session, dialect, arguments, this::flush, resumable);
        Runnable body = () -> {
            try {
                if (!step.stamp()) {
                    if (up) {
                        revision.migration().upgrade(ops);
                    } else {
                        revision.migration().downgrade(ops);
                    }
                    ops.finish();
                }
            } catch (RuntimeException e) {
                if (StepFailure.isRetortsOwn(e, revision)) {
                    throw e; // a bug, not the user's error: it must not be reported as one
                }
                throw StepFailure.of(step, revision, e, lockWaits);
            } catch (Exception e) {
                throw StepFailure.of(step, revision, e, lockWaits);
            }
            bookkeeping.addAll(versions.apply(step.versionChange()));
            if (!session.offline() && step.revision() != null) {
                bookkeeping.add(history.record(step.revision().id(), direction,
                        step.revision().message(), revision == null ? null : revision.checksum(),
                        started, OffsetDateTime.now(), appliedBy));
            }
            bookkeeping.addAll(resumable.finished()); // after the version change: one batch, one commit
        };
        if (revision != null && !revision.transactional()) {
            ops.nonTransactional(() -> { // flushes what came before, as op.nonTransactional does
                body.run();
                flush();
            });
        } else {
            body.run();
        }
        listener.onEvent(new RetortEvent.StepFinished(event, Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    /** What the last commit made permanent, so that a failure can say what it rolled back and where the database is. */
    private static final class Commits {
        private int committedSteps;
        private List<String> committedRows;
        private String running;

        Commits(List<String> rows) {
            committedRows = List.copyOf(rows);
        }

        void committed(List<String> done, List<String> rows) {
            committedSteps = done.size();
            committedRows = List.copyOf(rows);
            running = null;
        }

        /** A non-transactional step's statements cannot be undone, so it is never counted as rolled back. */
        void running(MigrationStep step, LoadedRevision revision) {
            running = step.revision() == null || (revision != null && !revision.transactional()) ? null : step.revision().id();
        }

        RetortEvent.RolledBack rolledBack(List<String> done) {
            List<String> undone = new ArrayList<>(done.subList(committedSteps, done.size()));
            if (running != null && !undone.contains(running)) {
                undone.add(running);
            }
            return new RetortEvent.RolledBack(undone, committedRows);
        }
    }

    /** A step that failed, with the revision, its file and the database's own message. */
    static final class StepFailure extends RetortException {
        private final String lockWait;

        private StepFailure(String message, Throwable cause, String lockWait) {
            super(message, cause);
            this.lockWait = lockWait;
        }

        static StepFailure of(MigrationStep step, LoadedRevision revision, Exception e, LockWaitWatch lockWaits) {
            String where = revision == null ? "" : " (" + revision.origin() + userLine(revision, e) + ")";
            String lockWait = LockWaitWatch.timedOut(e) ? lockWaits.describe() : null;
            String what = lockWait != null ? lockWait + "; end that session or wait for it, then run again"
                    + " (lock_retries = N in the environment retries by itself)"
                    : e instanceof RetortException ? e.getMessage()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new StepFailure((step.direction() == Direction.UP ? "upgrade" : "downgrade") + " of revision "
                    + step.revision().id() + where + " failed: " + what, e, lockWait);
        }

        /** The same failure, its message followed by the state the database was left in. */
        StepFailure withState(String state) {
            return new StepFailure(getMessage() + "\n" + state + ".", getCause(), lockWait);
        }

        /**
         * When the migration waited for a lock longer than {@code lock_timeout} (worth trying again),
         * what it waited for: {@code lock_timeout (5s) waiting for a lock on table t held by ...}.
         */
        Optional<String> lockWait() {
            return Optional.ofNullable(lockWait);
        }

        /**
         * Whether {@code e}, thrown while the migration ran, was thrown by Retort's own code (the
         * nearest frame that is Retort's or the migration's is Retort's) and is not one of its
         * user errors: a bug in Retort, which the migration's author cannot fix.
         */
        static boolean isRetortsOwn(RuntimeException e, LoadedRevision revision) {
            if (e instanceof RetortException || revision == null) {
                return false;
            }
            String migration = revision.migration().getClass().getName();
            for (StackTraceElement frame : e.getStackTrace()) {
                String cls = frame.getClassName();
                if (cls.equals(migration) || cls.startsWith(migration + "$")) {
                    return false;
                }
                if (cls.startsWith("io.retort.")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The line in the revision file where the exception left the user's code: where a plain
         * Java exception was thrown, or the operation whose SQL the database refused was called.
         */
        private static String userLine(LoadedRevision revision, Exception e) {
            String cls = revision.migration().getClass().getName();
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().equals(cls) || el.getClassName().startsWith(cls + "$")) {
                    return ":" + el.getLineNumber();
                }
            }
            return "";
        }
    }
}
