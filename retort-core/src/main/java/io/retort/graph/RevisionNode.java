package io.retort.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it: an id, its parents and its header metadata.
 *
 * @param id            letters, digits and {@code _}, 1 to 128 characters
 * @param downRevisions the parents: none for a base, several for a merge point
 * @param branchLabels  the labels this revision declares (descendants inherit them)
 * @param dependsOn     revision ids or branch labels, from any branch, that must be applied first
 * @param message       what the revision does; may be empty
 * @param origin        where the revision came from (a file path), for error messages; may be null
 */
public record RevisionNode(String id, List<String> downRevisions, List<String> branchLabels,
                           List<String> dependsOn, String message, String origin) {

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        downRevisions = downRevisions == null ? List.of() : List.copyOf(downRevisions);
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        message = message == null ? "" : message;
    }

    /** A revision with the given parents and nothing else, for tests and tools. */
    public static RevisionNode of(String id, String... downRevisions) {
        return new RevisionNode(id, List.of(downRevisions), List.of(), List.of(), "", null);
    }

    public RevisionNode withBranchLabels(String... labels) {
        return new RevisionNode(id, downRevisions, List.of(labels), dependsOn, message, origin);
    }

    public RevisionNode withDependsOn(String... dependencies) {
        return new RevisionNode(id, downRevisions, branchLabels, List.of(dependencies), message, origin);
    }

    public RevisionNode withMessage(String text) {
        return new RevisionNode(id, downRevisions, branchLabels, dependsOn, text, origin);
    }

    public RevisionNode withOrigin(String path) {
        return new RevisionNode(id, downRevisions, branchLabels, dependsOn, message, path);
    }

    /** The id quoted, followed by the origin when known: {@code 'a1' (versions/a1.java)}. */
    String quoted() {
        return origin == null ? "'" + id + "'" : "'" + id + "' (" + origin + ")";
    }
}
