package io.retort.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans a stamp: version-table changes only. With purge the table is emptied first, whatever it
 * holds. Then base (or {@code label@base}) deletes every row (on that branch). Then each target
 * that no other target builds on (a "tip"), in canonical order, makes one step replacing the rows
 * related (as ancestor or descendant, through depends_on too) to it or to the targets it implies:
 * the last of them in canonical order is updated to the tip and the others deleted; with none the
 * tip is inserted; a tip already in the table only deletes them. The rows after are the tips and
 * the rows no target relates to, whatever the order of the targets.
 */
final class Stamper {
    private final Dag dag;
    private final TargetResolver resolver;

    Stamper(Dag dag, TargetResolver resolver) {
        this.dag = dag;
        this.resolver = resolver;
    }

    /** @param before the rows now: validated, or as found when purging */
    MigrationPlan stamp(List<String> before, List<String> targets, boolean purge) {
        if (targets == null || targets.isEmpty()) {
            throw new GraphException("Stamp needs at least one target revision (or 'base', 'heads')");
        }
        List<MigrationStep> steps = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>(before);
        if (purge && !before.isEmpty()) {
            steps.add(new MigrationStep(null, Direction.DOWN, new VersionChange(before, List.of(), List.of()), true));
            rows.clear();
        }
        List<Resolution> resolved = targets.stream().map(target -> resolver.resolve(target, dag.sorted(rows), null))
                .toList();
        resolved.stream().filter(Resolution::base).forEach(base -> steps.addAll(unstamp(base, rows)));
        List<String> ids = resolved.stream().flatMap(target -> target.ids().stream()).distinct().toList();
        for (String tip : tips(ids)) {
            Set<String> below = dag.ancestors(List.of(tip), true);
            Set<String> line = new HashSet<>();
            ids.stream().filter(below::contains).forEach(id -> line.addAll(related(id)));
            List<String> replaced = dag.sorted(rows).stream()
                    .filter(row -> line.contains(row) && !row.equals(tip)).toList();
            if (!replaced.isEmpty() || !rows.contains(tip)) {
                steps.add(stampOne(tip, replaced, rows));
            }
        }
        return new MigrationPlan(steps, before, dag.sorted(rows));
    }

    /** Deletes the rows on the branch of a {@code label@base} target, or all for base. */
    private List<MigrationStep> unstamp(Resolution base, Set<String> rows) {
        String branch = base.anchor() != null ? base.anchor() : base.branch();
        Set<String> line = branch == null ? null : related(branch);
        List<MigrationStep> steps = new ArrayList<>();
        for (String row : dag.sorted(rows)) {
            if (line == null || line.contains(row)) {
                rows.remove(row);
                steps.add(new MigrationStep(dag.node(row), Direction.DOWN, VersionChange.delete(row), true));
            }
        }
        return steps;
    }

    /** Writes {@code id} in place of the {@code replaced} rows. */
    private MigrationStep stampOne(String id, List<String> replaced, Set<String> rows) {
        Set<String> above = dag.descendants(List.of(id), true);
        Direction direction = replaced.stream().anyMatch(above::contains) ? Direction.DOWN : Direction.UP;
        VersionChange change = rows.contains(id)
                ? new VersionChange(replaced, List.of(), List.of())
                : VersionChange.merge(replaced, id);
        rows.removeAll(replaced);
        rows.add(id);
        return new MigrationStep(dag.node(id), direction, change, true);
    }

    /** The targets no other target builds on (the others are implied), in canonical order. */
    private List<String> tips(List<String> ids) {
        Set<String> parents = new HashSet<>();
        ids.forEach(id -> parents.addAll(dag.parents(id)));
        Set<String> implied = dag.ancestors(parents, true);
        return dag.sorted(ids).stream().filter(id -> !implied.contains(id)).toList();
    }

    /** Ancestors, itself and descendants, through depends_on too. */
    private Set<String> related(String id) {
        Set<String> line = dag.ancestors(List.of(id), true);
        line.addAll(dag.descendants(List.of(id), true));
        return line;
    }
}
