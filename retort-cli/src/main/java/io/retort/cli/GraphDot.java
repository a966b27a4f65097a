package io.retort.cli;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.Set;

/**
 * The revision graph in Graphviz's DOT language: an edge from each parent to its child, bases at
 * the bottom; heads drawn bold, current revisions filled, depends_on as dashed edges.
 */
final class GraphDot {
    private GraphDot() {}

    static String of(RevisionGraph graph, Set<String> current) {
        Set<String> heads = Set.copyOf(graph.heads());
        StringBuilder dot = new StringBuilder("digraph retort {\n  rankdir=BT;\n  node [shape=box, fontname=\"monospace\"];\n");
        for (RevisionNode node : graph.topological()) {
            String style = heads.contains(node.id()) && current.contains(node.id()) ? ", style=\"bold,filled\", fillcolor=\"#ffe08a\""
                    : current.contains(node.id()) ? ", style=filled, fillcolor=\"#ffe08a\""
                    : heads.contains(node.id()) ? ", style=bold" : "";
            dot.append("  ").append(quote(node.id())).append(" [label=").append(quote(title(node) + "\n" + node.message()))
                    .append(style).append("];\n");
        }
        for (RevisionNode node : graph.topological()) {
            for (String parent : node.downRevisions()) {
                dot.append("  ").append(quote(parent)).append(" -> ").append(quote(node.id())).append(";\n");
            }
            for (String dependency : graph.dependencies(node.id())) {
                dot.append("  ").append(quote(dependency)).append(" -> ").append(quote(node.id())).append(" [style=dashed];\n");
            }
        }
        return dot.append("}\n").toString();
    }

    /** The id with its branch labels: {@code b1 (feature)}. */
    static String title(RevisionNode node) {
        return node.branchLabels().isEmpty() ? node.id() : node.id() + " (" + String.join(", ", node.branchLabels()) + ")";
    }

    private static String quote(String text) {
        return JsonFields.quote(text); // DOT's quoted strings escape like JSON's: \" \\ \n
    }
}
