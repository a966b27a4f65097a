package io.retort.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * One revision to run (or, for a stamp, one version-table change to make without running
 * anything).
 *
 * @param revision      the revision run; for a stamp, the revision stamped (or the row removed);
 *                      null only for the first step of a purging stamp, which empties the table
 * @param direction     {@link Direction#UP} to run {@code upgrade}, {@link Direction#DOWN} for
 *                      {@code downgrade}
 * @param versionChange the version-table rows this step deletes, updates and inserts
 * @param stamp         true when the step only writes the version table
 */
public record MigrationStep(RevisionNode revision, Direction direction, VersionChange versionChange,
                            boolean stamp) {

    /** A step that runs the revision. */
    public MigrationStep(RevisionNode revision, Direction direction, VersionChange versionChange) {
        this(revision, direction, versionChange, false);
    }

    /**
     * The log line Alembic prints for this step: {@code Running upgrade a1 -> b2, message},
     * {@code Running upgrade  -> a1, message} for a base, {@code Running downgrade b2 -> a1, message},
     * {@code Running stamp_revision a1 -> b2} for a stamp. Only down revisions are listed, not
     * depends_on.
     */
    public String describe() {
        if (stamp) {
            List<String> from = new ArrayList<>(versionChange.deletes());
            List<String> to = new ArrayList<>();
            versionChange.updates().forEach(update -> {
                from.add(update.from());
                to.add(update.to());
            });
            to.addAll(versionChange.inserts());
            return "Running stamp_revision " + String.join(", ", from) + " -> " + String.join(", ", to);
        }
        String parents = String.join(", ", revision.downRevisions());
        String move = direction == Direction.UP
                ? "upgrade " + parents + " -> " + revision.id()
                : "downgrade " + revision.id() + " -> " + parents;
        return "Running " + move + (revision.message().isEmpty() ? "" : ", " + revision.message());
    }
}
