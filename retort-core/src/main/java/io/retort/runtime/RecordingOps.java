package io.retort.runtime;

import io.retort.Migration;
import io.retort.ops.Operation;
import io.retort.ops.Ops;
import io.retort.ops.TableRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Ops} of a dry run: keeps each operation with the revision-file line that asked for
 * it, and runs nothing. It says it is offline; queries read nothing (an empty result); a bulk
 * insert is kept without its rows.
 */
final class RecordingOps implements Ops {
    private final String migrationClass;
    private final Map<String, String> arguments;
    private final List<RecordedOperation> operations = new ArrayList<>();
    private boolean outsideTransaction;

    private RecordingOps(Migration migration, Map<String, String> arguments) {
        this.migrationClass = migration.getClass().getName();
        this.arguments = Map.copyOf(arguments);
    }

    /** Records both directions of {@code revision}. */
    static RecordedRevision record(LoadedRevision revision, Map<String, String> arguments) {
        RecordingOps up = new RecordingOps(revision.migration(), arguments);
        RecordingOps down = new RecordingOps(revision.migration(), arguments);
        String incomplete = up.run(revision, true);
        String downIncomplete = down.run(revision, false);
        String why = incomplete != null ? incomplete : downIncomplete;
        return new RecordedRevision(revision.id(), revision.origin(), revision.transactional(), up.operations,
                down.operations, Optional.ofNullable(why));
    }

    /** Runs one direction; returns why it stopped early, or null. */
    private String run(LoadedRevision revision, boolean upgrade) {
        try {
            if (upgrade) {
                revision.migration().upgrade(this);
            } else {
                revision.migration().downgrade(this);
            }
            return null;
        } catch (Exception e) {
            return (upgrade ? "upgrade" : "downgrade") + " stopped at line " + line(e.getStackTrace())
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
    }

    private int line(StackTraceElement[] trace) {
        for (StackTraceElement frame : trace) {
            String cls = frame.getClassName();
            if (cls.equals(migrationClass) || cls.startsWith(migrationClass + "$")) {
                return frame.getLineNumber();
            }
        }
        return 0;
    }

    @Override
    public void run(Operation operation) {
        // The same frame StepFailure names: where the revision's code called into Ops.
        operations.add(new RecordedOperation(operation, line(new Throwable().getStackTrace()), outsideTransaction));
    }

    // What is recorded serves lint and confirmation, which look at the operations a revision runs,
    // never at its rows: a seed of a million rows recorded with them would be held whole in memory,
    // and copied, before anything runs. A row source is not read here, so it is read once, online.
    @Override
    public void bulkInsert(TableRef table, List<Map<String, Object>> rows) {
        run(new Operation.BulkInsert(table, List.of()));
    }

    @Override
    public void bulkInsert(TableRef table, List<String> columns, Iterator<? extends List<?>> rows) {
        run(new Operation.BulkInsert(table, List.of()));
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return List.of();
    }

    @Override
    public void nonTransactional(Runnable block) {
        boolean before = outsideTransaction;
        outsideTransaction = true;
        try {
            block.run();
        } finally {
            outsideTransaction = before;
        }
    }

    /** Offline, like {@code --sql}: a migration that reads the database when online skips it here. */
    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }
}
