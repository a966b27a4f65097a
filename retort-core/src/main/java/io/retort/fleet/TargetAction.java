package io.retort.fleet;

import io.retort.graph.MigrationPlan;
import io.retort.graph.RevisionGraph;
import java.util.List;

/**
 * The command a fleet runs on each target, and whether a target needs it, judged from its version
 * table alone, so that a target already there costs nothing but that read.
 */
public interface TargetAction {
    /** How the ledger and the summary name the command: {@code upgrade head}. */
    String describe();

    /** Whether a target at {@code current} needs the command. */
    boolean needed(List<String> current);

    void apply(TargetDatabase database);

    static TargetAction upgrade(RevisionGraph graph, String target) {
        return of("upgrade " + target, current -> graph.upgrade(current, target), db -> db.upgrade(target));
    }

    static TargetAction downgrade(RevisionGraph graph, String target) {
        return of("downgrade " + target, current -> graph.downgrade(current, target), db -> db.downgrade(target));
    }

    static TargetAction stamp(RevisionGraph graph, List<String> revisions, boolean purge) {
        return of("stamp " + String.join(" ", revisions), current -> graph.stamp(current, revisions, purge),
                db -> db.stamp(revisions, purge));
    }

    private static TargetAction of(String name, java.util.function.Function<List<String>, MigrationPlan> planner,
                                   java.util.function.Consumer<TargetDatabase> run) {
        return new TargetAction() {
            @Override
            public String describe() {
                return name;
            }

            @Override
            public boolean needed(List<String> current) {
                MigrationPlan plan = planner.apply(current);
                return !plan.steps().isEmpty() || !plan.headsAfter().equals(plan.headsBefore());
            }

            @Override
            public void apply(TargetDatabase database) {
                run.accept(database);
            }
        };
    }
}
