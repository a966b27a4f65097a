package io.retort.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version table during planning: the applied revisions and the rows (the applied revisions
 * that nothing applied builds on). Each step returns the row changes Alembic's HeadMaintainer
 * makes, with a fixed choice where Alembic's depends on hash order: at a merge the row of the
 * last parent (down revisions in declaration order, then depends_on) is updated and the others
 * deleted; un-merging updates the row to the last freed parent and inserts the others.
 */
final class VersionRows {
    private final Dag dag;
    private final Set<String> applied;
    private final Set<String> rows;

    /** @param rows validated rows: known ids, none below another */
    VersionRows(Dag dag, Collection<String> rows) {
        this.dag = dag;
        this.applied = new HashSet<>(dag.ancestors(rows, true));
        this.rows = new LinkedHashSet<>(rows);
    }

    boolean isApplied(String id) {
        return applied.contains(id);
    }

    Set<String> applied() {
        return Set.copyOf(applied);
    }

    boolean contains(String row) {
        return rows.contains(row);
    }

    List<String> rows() {
        return dag.sorted(rows);
    }

    /** Applies {@code id}, whose parents are all applied. */
    VersionChange upgrade(String id) {
        List<String> consumed = new ArrayList<>(1);
        for (String parent : dag.parents(id)) {
            if (rows.remove(parent)) {
                consumed.add(parent);
            }
        }
        applied.add(id);
        rows.add(id);
        if (consumed.isEmpty()) {
            return VersionChange.insert(id);
        }
        String updated = consumed.get(consumed.size() - 1);
        return new VersionChange(consumed.subList(0, consumed.size() - 1),
                List.of(new VersionChange.Update(updated, id)), List.of());
    }

    /** Removes {@code id}, which must be a row: nothing applied builds on it. */
    VersionChange downgrade(String id) {
        if (!rows.remove(id)) {
            throw new IllegalStateException("downgrade of " + id + ", which is not a head");
        }
        applied.remove(id);
        List<String> freed = new ArrayList<>(1);
        for (String parent : dag.parents(id)) {
            if (dag.allChildren(parent).stream().noneMatch(applied::contains)) {
                freed.add(parent);
                rows.add(parent);
            }
        }
        if (freed.isEmpty()) {
            return VersionChange.delete(id);
        }
        String updated = freed.get(freed.size() - 1);
        return new VersionChange(List.of(), List.of(new VersionChange.Update(id, updated)),
                freed.subList(0, freed.size() - 1));
    }
}
