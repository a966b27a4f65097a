package io.retort.cli;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Prints revisions the way Alembic does, so habits and scripts carry over. */
final class RevisionText {
    private final RevisionGraph graph;
    private final Set<String> current;
    // Computed once: each is a walk over the whole graph, and history tags every revision.
    private final Set<String> heads;
    private final Set<String> branchPoints;
    private final Set<String> mergePoints;
    private final TerminalColour colour;

    RevisionText(RevisionGraph graph, Collection<String> current) {
        this(graph, current, TerminalColour.NONE);
    }

    /** With heads and current revisions marked in colour when {@code colour} is on. */
    RevisionText(RevisionGraph graph, Collection<String> current, TerminalColour colour) {
        this.colour = colour;
        this.graph = graph;
        this.current = Set.copyOf(current);
        this.heads = Set.copyOf(graph.heads());
        this.branchPoints = Set.copyOf(graph.branchPoints());
        this.mergePoints = Set.copyOf(graph.mergePoints());
    }

    /** {@code 001 -> 002 (head), message}. */
    String line(RevisionNode node) {
        String parents = node.downRevisions().isEmpty() ? "<base>" : String.join(", ", node.downRevisions());
        return parents + " -> " + node.id() + tags(node) + ", " + node.message();
    }

    /** {@code 002 (head)}, the short form of {@code current} and {@code heads}. */
    String shortLine(RevisionNode node) {
        return node.id() + tags(node);
    }

    String verbose(RevisionNode node, String created) {
        StringBuilder b = new StringBuilder();
        b.append("Rev: ").append(node.id()).append(tags(node)).append('\n');
        b.append("Parent: ").append(node.downRevisions().isEmpty() ? "<base>" : String.join(", ", node.downRevisions())).append('\n');
        List<String> children = graph.children(node.id());
        if (children.size() > 1) {
            b.append("Branches into: ").append(String.join(", ", children)).append('\n');
        }
        if (node.downRevisions().size() > 1) {
            b.append("Merges: ").append(String.join(", ", node.downRevisions())).append('\n');
        }
        if (!node.branchLabels().isEmpty()) {
            b.append("Branch names: ").append(String.join(", ", node.branchLabels())).append('\n');
        }
        if (!node.dependsOn().isEmpty()) {
            b.append("Also depends on: ").append(String.join(", ", node.dependsOn())).append('\n');
        }
        if (node.origin() != null) {
            b.append("Path: ").append(node.origin()).append('\n');
        }
        b.append('\n');
        b.append("    ").append(node.message()).append('\n').append('\n');
        b.append("    Revision ID: ").append(node.id()).append('\n');
        b.append("    Revises: ").append(String.join(", ", node.downRevisions())).append('\n');
        b.append("    Create Date: ").append(created == null ? "" : created).append('\n');
        return b.toString();
    }

    /** {@code 002 (head) (depends on 001) message}: a row of {@code retort graph}. */
    String graphLine(RevisionNode node) {
        return node.id() + tags(node) + (node.dependsOn().isEmpty() ? "" : " (depends on " + String.join(", ", node.dependsOn()) + ")")
                + (node.message().isEmpty() ? "" : " " + node.message());
    }

    /**
     * The revision as JSON, the same fields for every command: id, parents, children, message,
     * branch_labels, depends_on, head, branch_point, merge_point, current, created, path.
     */
    JsonFields json(RevisionNode node, String created) {
        return new JsonFields()
                .put("id", node.id())
                .put("parents", node.downRevisions())
                .put("children", graph.children(node.id()))
                .put("message", node.message())
                .put("branch_labels", node.branchLabels())
                .put("depends_on", node.dependsOn())
                .put("head", heads.contains(node.id()))
                .put("branch_point", branchPoints.contains(node.id()))
                .put("merge_point", mergePoints.contains(node.id()))
                .put("current", current.contains(node.id()))
                .put("created", created == null || created.isEmpty() ? null : created)
                .put("path", node.origin());
    }

    /** {@code {"revisions": [...]}} for these revisions, each as {@link #json}. */
    JsonFields json(List<RevisionNode> nodes, java.util.function.UnaryOperator<String> created) {
        return new JsonFields().put("revisions", nodes.stream().map(n -> json(n, created.apply(n.id()))).toList());
    }

    private String tags(RevisionNode node) {
        List<String> tags = new ArrayList<>();
        if (!node.branchLabels().isEmpty()) {
            tags.add(String.join(", ", node.branchLabels()));
        }
        if (heads.contains(node.id())) {
            tags.add(colour.head("head"));
        }
        if (branchPoints.contains(node.id())) {
            tags.add("branchpoint");
        }
        if (mergePoints.contains(node.id())) {
            tags.add("mergepoint");
        }
        if (current.contains(node.id())) {
            tags.add(colour.current("current"));
        }
        StringBuilder b = new StringBuilder();
        for (String t : tags) {
            b.append(" (").append(t).append(')');
        }
        return b.toString();
    }
}
