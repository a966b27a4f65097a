package io.retort.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one step does to the version table ({@code alembic_version}, one row per applied head).
 * Execute in this order: the deletes, then the updates, then the inserts.
 *
 * @param deletes rows removed ({@code DELETE ... WHERE version_num = ?})
 * @param updates rows rewritten ({@code UPDATE ... SET version_num = to WHERE version_num = from})
 * @param inserts rows added ({@code INSERT ... VALUES (?)})
 */
public record VersionChange(List<String> deletes, List<Update> updates, List<String> inserts) {

    /** One row rewritten from one revision id to another. */
    public record Update(String from, String to) {}

    public VersionChange {
        deletes = List.copyOf(deletes);
        updates = List.copyOf(updates);
        inserts = List.copyOf(inserts);
    }

    static VersionChange insert(String id) {
        return new VersionChange(List.of(), List.of(), List.of(id));
    }

    static VersionChange delete(String id) {
        return new VersionChange(List.of(id), List.of(), List.of());
    }

    /**
     * {@code id} takes the place of {@code rows}: the last row is updated to it and the others are
     * deleted, or it is inserted when there are none (Alembic's merge; the choice of the last row
     * is Retort's, where Alembic's depends on hash order).
     */
    static VersionChange merge(List<String> rows, String id) {
        if (rows.isEmpty()) {
            return insert(id);
        }
        return new VersionChange(rows.subList(0, rows.size() - 1),
                List.of(new Update(rows.get(rows.size() - 1), id)), List.of());
    }

    /** {@code id}'s row gives way to {@code rows}: updated to the last, the others inserted; deleted when none. */
    static VersionChange unmerge(String id, List<String> rows) {
        if (rows.isEmpty()) {
            return delete(id);
        }
        return new VersionChange(List.of(), List.of(new Update(id, rows.get(rows.size() - 1))),
                rows.subList(0, rows.size() - 1));
    }

    /** True when the table is left as it is. */
    public boolean isEmpty() {
        return deletes.isEmpty() && updates.isEmpty() && inserts.isEmpty();
    }

    /**
     * The rows after this change, given the rows before it.
     *
     * @throws IllegalStateException when a row to delete or update is missing or a row to write
     *                               already exists (the table does not match the plan)
     */
    public Set<String> applyTo(Collection<String> rows) {
        Set<String> after = new LinkedHashSet<>(rows);
        for (String row : deletes) {
            require(after.remove(row), "no row " + row + " to delete");
        }
        for (Update update : updates) {
            require(after.remove(update.from()), "no row " + update.from() + " to update");
            require(after.add(update.to()), "row " + update.to() + " already present");
        }
        for (String row : inserts) {
            require(after.add(row), "row " + row + " already present");
        }
        return after;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Version table does not match the plan: " + problem);
        }
    }
}
