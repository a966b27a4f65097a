package io.retort.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Plans upgrades and downgrades: which revisions run, in which order, with which row changes. */
final class Planner {
    private final Dag dag;
    private final TargetResolver resolver;

    Planner(Dag dag, TargetResolver resolver) {
        this.dag = dag;
        this.resolver = resolver;
    }

    /** Applies the target and its ancestors (depends_on included) not applied yet. */
    MigrationPlan upgrade(List<String> rows, String target) {
        VersionRows table = new VersionRows(dag, rows);
        Resolution resolved = resolver.resolve(target, rows, Direction.UP);
        List<MigrationStep> steps = new ArrayList<>();
        for (String id : dag.upgradeOrder(resolved.ids(), id -> !table.isApplied(id))) {
            steps.add(new MigrationStep(dag.node(id), Direction.UP, table.upgrade(id)));
        }
        return new MigrationPlan(steps, rows, table.rows());
    }

    /**
     * Removes the applied revisions above the target: the descendants of its children (through
     * depends_on too); for base, of every base. A {@code label@} prefix keeps to the label's branch
     * and a relative step ({@code -N}) to the revisions below the head it walks from.
     */
    MigrationPlan downgrade(List<String> rows, String target) {
        VersionRows table = new VersionRows(dag, rows);
        Resolution resolved = resolver.resolve(target, rows, Direction.DOWN);
        if (resolved.ids().size() > 1) {
            throw new GraphException("Downgrade target '" + target + "' names several revisions ("
                    + String.join(", ", resolved.ids()) + "); a downgrade goes to one, name it");
        }
        if (!resolved.base() && resolved.ids().isEmpty()) {
            return new MigrationPlan(List.of(), rows, rows);
        }
        String to = resolved.base() ? null : resolved.ids().get(0);
        Set<String> removed = new HashSet<>(dag.descendants(roots(target, to, resolved), true));
        removed.retainAll(table.applied());
        if (removed.isEmpty() && to != null && !table.contains(to)) {
            throw new GraphException("Downgrade target '" + target + "' is not below the current revision(s) ("
                    + (rows.isEmpty() ? "base" : String.join(", ", rows)) + "); nothing to remove. "
                    + "Use `retort upgrade` to go up, or `retort current` to see where the database is");
        }
        List<String> order = new ArrayList<>(dag.upgradeOrder(rows, removed::contains));
        Collections.reverse(order);
        List<MigrationStep> steps = new ArrayList<>();
        for (String id : order) {
            steps.add(new MigrationStep(dag.node(id), Direction.DOWN, table.downgrade(id)));
        }
        return new MigrationPlan(steps, rows, table.rows());
    }

    private List<String> roots(String target, String to, Resolution resolved) {
        List<String> roots = new ArrayList<>(to == null ? dag.bases() : dag.children(to));
        if (resolved.anchor() != null) {
            roots.retainAll(dag.ancestors(List.of(resolved.anchor()), false));
        } else if (resolved.branch() != null && roots.size() > 1) {
            roots.retainAll(dag.lineage(resolved.branch()));
            if (roots.isEmpty()) {
                throw new GraphException("Downgrade target '" + target + "' has nothing of its branch above it");
            }
        }
        return roots;
    }
}
