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
        return VersionChange.merge(consumed, id);
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
        return VersionChange.unmerge(id, freed);
    }
}
