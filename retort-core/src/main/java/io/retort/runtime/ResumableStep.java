package io.retort.runtime;

import io.retort.RetortException;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.graph.Direction;
import io.retort.graph.MigrationStep;
import io.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One step's statements, counted from 0. Outside a transaction each statement's progress is
 * committed before and after it, so that a run that dies there leaves a row saying how far it
 * came. When an earlier run left such a row, the statements before the one it names are skipped
 * (they took effect), and that one, if it was running, is checked: an enum label or a valid index
 * that exists is done, an invalid index is dropped and built again, anything else stops the run
 * with one line saying what to check. Statements in a transaction need none of this: a crash
 * undoes them.
 */
final class ResumableStep {
    private final StepProgress progress;
    private final Session session;
    private final Dialect dialect;
    private final MigrationStep step;
    private final LoadedRevision revision;
    private final ProgressTable.Row left;
    private int next;
    private int autocommit;
    private boolean recorded;
    private String doneHash = "";

    ResumableStep(StepProgress progress, Session session, Dialect dialect, MigrationStep step, LoadedRevision revision,
                  ProgressTable.Row left) {
        this.progress = progress;
        this.session = session;
        this.dialect = dialect;
        this.step = step;
        this.revision = revision;
        this.left = left;
        if (left != null) {
            progress.log().accept("  resuming: a run stopped " + (left.running() ? "while" : "before")
                    + " statement " + (left.statement() + 1) + " ran outside a transaction; the ones before it took effect");
        }
    }

    /** A step that records nothing: offline, for a stamp, or with nothing to resume. */
    static ResumableStep plain(Session session) {
        return new ResumableStep(null, session, null, null, null, null);
    }

    /**
     * Runs (or skips, or checks first) the step's next statement. {@code whole} is the operation
     * when the statement is all of it, else null: only a whole operation can be checked.
     */
    void execute(Statement statement, Operation whole, Runnable run) {
        if (progress == null) {
            run.run();
            return;
        }
        int index = next++;
        String before = doneHash;
        doneHash = chain(doneHash, statement.sql());
        if (left != null && index <= left.statement()) {
            if (index < left.statement()) {
                return; // took effect before the earlier run stopped
            }
            requireSameStatementsBefore(before);
            if (!resolve(statement, whole)) {
                return;
            }
        }
        if (autocommit == 0) {
            run.run();
            return;
        }
        save(index, true, dialect.inline(statement), before);
        try {
            run.run();
        } catch (StatementFailure e) {
            // The server refused it, so it did not take effect (an index it began is seen to next time).
            saveQuietly(index, before, e);
            throw e;
        }
        save(index + 1, false, null, doneHash);
    }

    /** Runs {@code block} in autocommit; the statements before it are recorded as done in the commit before it. */
    void outsideTransaction(Runnable block) {
        if (progress != null && next > (left == null ? 0 : left.statement())) {
            save(next, false, null, doneHash);
        }
        session.outsideTransaction(() -> {
            autocommit++;
            try {
                block.run();
            } finally {
                autocommit--;
            }
        });
    }

    /** The statements that go with the step's version change: its progress row is no longer needed. */
    List<Statement> finished() {
        if (progress == null || (left == null && !recorded)) {
            return List.of();
        }
        if (left != null && next <= left.statement()) {
            if (next < left.statement() || !doneHash.equals(left.doneHash())) {
                throw new RetortException(direction() + " of revision " + revision.id() + " (" + revision.origin()
                        + ") failed: " + changed(left.statement()).getMessage());
            }
        }
        return List.of(progress.table().delete(step.revision().id(), direction()));
    }

    /** Whether the statement the earlier run stopped at must run now; drops what it left half-built. */
    private boolean resolve(Statement statement, Operation whole) {
        StatementEvidence.Finding finding = new StatementEvidence(session, dialect).examine(whole);
        String sql = StatementFailure.abbreviate(dialect.inline(statement));
        if (finding == StatementEvidence.Finding.LEFTOVER) {
            progress.log().accept("  " + sql + ": dropping the invalid index an earlier run left, and building it again");
            session.execute(StatementEvidence.dropLeftover((Operation.CreateIndex) whole, dialect, autocommit > 0));
            return true;
        }
        if (!left.running()) {
            return true;
        }
        return switch (finding) {
            case DONE -> {
                progress.log().accept("  " + sql + ": took effect before the run stopped; skipped");
                yield false;
            }
            case NOT_DONE, LEFTOVER -> true;
            case UNKNOWN -> throw new RetortException("a run stopped while this statement ran outside a transaction,"
                    + " and Retort cannot tell whether it took effect: " + StatementFailure.abbreviate(
                    left.sql() == null ? sql : left.sql()) + "; check the database, finish the revision by hand from that"
                    + " statement on (" + printCommand() + " prints its statements) and run 'retort stamp " + stampTarget() + "'");
        };
    }

    private void requireSameStatementsBefore(String before) {
        if (!before.equals(left.doneHash())) {
            throw changed(left.statement());
        }
    }

    private RetortException changed(int statement) {
        return new RetortException("the revision changed after a run stopped inside its " + direction()
                + " at statement " + (statement + 1) + ": the statements before that took"
                + " effect and would be skipped, but the file no longer runs the same ones; restore the file as it ran,"
                + " or finish the revision by hand and run 'retort stamp " + stampTarget() + "'");
    }

    private void save(int statement, boolean running, String sql, String hash) {
        progress.ensureTable().forEach(session::execute);
        session.execute(progress.table().save(step.revision().id(), direction(), statement, running, hash, sql));
        recorded = true;
    }

    private void saveQuietly(int statement, String hash, RuntimeException failure) {
        try {
            save(statement, false, null, hash);
        } catch (RuntimeException e) {
            failure.addSuppressed(e); // the connection is gone: the row keeps saying the statement may have run
        }
    }

    private String direction() {
        return direction(step);
    }

    /** How the history and progress tables name the step's direction. */
    static String direction(MigrationStep step) {
        return step.direction() == Direction.UP ? "upgrade" : "downgrade";
    }

    private String stampTarget() {
        List<String> parents = step.revision().downRevisions();
        return step.direction() == Direction.UP ? step.revision().id() : parents.isEmpty() ? "base" : String.join(" ", parents);
    }

    private String printCommand() {
        List<String> parents = step.revision().downRevisions();
        String parent = parents.isEmpty() ? "base" : parents.get(0);
        return step.direction() == Direction.UP ? "retort upgrade --sql " + parent + ":" + step.revision().id()
                : "retort downgrade --sql " + step.revision().id() + ":" + parent;
    }

    /** A hash of the statements so far, one SQL text after another. */
    private static String chain(String hash, String sql) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(hash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
