package io.retort.runtime;

import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.graph.MigrationPlan;
import io.retort.graph.MigrationStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one run knows of steps that earlier runs left part-way outside a transaction, and where it
 * records its own: hands each step a {@link ResumableStep}. Offline, and for a database without
 * such rows, steps just run.
 */
final class StepProgress {
    private final ProgressTable table;
    private final Map<String, ProgressTable.Row> left;
    private final List<ProgressTable.Row> forgotten;
    private final Consumer<String> log;
    /** Whether the table is known to exist in this run, so that it is created at most once. */
    private boolean tableReady;

    private StepProgress(ProgressTable table, List<ProgressTable.Row> left, List<ProgressTable.Row> forgotten,
                         Consumer<String> log) {
        this.table = table;
        this.left = left.stream().collect(Collectors.toMap(r -> key(r.revision(), r.direction()), Function.identity()));
        this.forgotten = forgotten;
        this.log = log;
        this.tableReady = !left.isEmpty() || !forgotten.isEmpty();
    }

    /** For offline scripts: nothing is recorded or resumed. */
    static StepProgress none() {
        return new StepProgress(null, List.of(), List.of(), line -> { });
    }

    /**
     * Reads the rows earlier runs left. Those written when the version table was different, and all
     * of them before a stamp (which says where the database is), no longer describe the database:
     * {@link #forget} deletes them.
     */
    static StepProgress read(ProgressTable table, Connection c, MigrationPlan plan, Consumer<String> log)
            throws SQLException {
        boolean stamp = !plan.steps().isEmpty() && plan.steps().stream().allMatch(MigrationStep::stamp);
        List<ProgressTable.Row> usable = new ArrayList<>();
        List<ProgressTable.Row> stale = new ArrayList<>();
        for (ProgressTable.Row row : table.read(c)) {
            (row.current() && !stamp ? usable : stale).add(row);
        }
        return new StepProgress(table, usable, stale, log);
    }

    /** Deletes the rows that no longer describe the database, to run in the run's first transaction. */
    List<Statement> forget() {
        for (ProgressTable.Row row : forgotten) {
            log.accept("  forgetting that a run stopped inside the " + row.direction() + " of " + row.revision()
                    + " at statement " + (row.statement() + 1) + ": the version table has changed since");
        }
        return forgotten.stream().map(r -> table.delete(r.revision(), r.direction())).toList();
    }

    /** The step about to run, resumed when an earlier run left it part-way. */
    ResumableStep step(Session session, Dialect dialect, MigrationStep step, LoadedRevision revision) {
        if (table == null || step.stamp() || revision == null) {
            return ResumableStep.plain(session);
        }
        return new ResumableStep(this, session, dialect, step, revision,
                left.get(key(step.revision().id(), ResumableStep.direction(step))));
    }

    ProgressTable table() {
        return table;
    }

    Consumer<String> log() {
        return log;
    }

    /** The statement that creates the table, the first time this run needs it; else none. */
    List<Statement> ensureTable() {
        if (tableReady) {
            return List.of();
        }
        tableReady = true;
        return List.of(table.create());
    }

    private static String key(String revision, String direction) {
        return revision + " " + direction;
    }
}
