package io.retort.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans a stamp: version-table changes only, one step per target. A target already in the table
 * changes nothing; one related to rows (their ancestor or descendant, through depends_on too)
 * replaces them (the last row in canonical order is updated, the others deleted); an unrelated
 * one is inserted; base (or {@code label@base}) deletes every row (on that branch). With purge the
 * table is emptied first, whatever it holds.
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
        for (String target : targets) {
            Resolution resolved = resolver.resolve(target, dag.sorted(rows), null);
            if (resolved.base()) {
                String branch = resolved.anchor() != null ? resolved.anchor() : resolved.branch();
                Set<String> line = branch == null ? null : related(branch);
                for (String row : dag.sorted(rows)) {
                    if (line == null || line.contains(row)) {
                        rows.remove(row);
                        steps.add(new MigrationStep(dag.node(row), Direction.DOWN, VersionChange.delete(row), true));
                    }
                }
            }
            for (String id : resolved.ids()) {
                if (!rows.contains(id)) {
                    steps.add(stampOne(id, rows));
                }
            }
        }
        return new MigrationPlan(steps, before, dag.sorted(rows));
    }

    private MigrationStep stampOne(String id, Set<String> rows) {
        Set<String> above = dag.descendants(List.of(id), true);
        Set<String> line = related(id);
        List<String> replaced = dag.sorted(rows).stream().filter(line::contains).toList();
        Direction direction = replaced.stream().anyMatch(above::contains) ? Direction.DOWN : Direction.UP;
        rows.removeAll(replaced);
        rows.add(id);
        VersionChange change = replaced.isEmpty()
                ? VersionChange.insert(id)
                : new VersionChange(replaced.subList(0, replaced.size() - 1),
                        List.of(new VersionChange.Update(replaced.get(replaced.size() - 1), id)), List.of());
        return new MigrationStep(dag.node(id), direction, change, true);
    }

    /** Ancestors, itself and descendants, through depends_on too. */
    private Set<String> related(String id) {
        Set<String> line = dag.ancestors(List.of(id), true);
        line.addAll(dag.descendants(List.of(id), true));
        return line;
    }
}
