package io.retort.cli;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The revision graph as an SVG picture, laid out in layers with no Graphviz: a revision's layer is
 * one above its highest parent (bases at the bottom, heads at the top); within a layer revisions
 * are ordered by where their parents stand, and a parent then moves over its children where there is room,
 * which keeps most edges short and from crossing.
 */
final class GraphSvg {
    private static final int BOX_HEIGHT = 40;
    private static final int ROW = 80;
    private static final int GAP = 24;
    private static final int MARGIN = 20;
    private static final int CHAR_WIDTH = 7;
    private static final int MAX_MESSAGE = 40;

    private GraphSvg() {}

    static String of(RevisionGraph graph, Set<String> current) {
        List<RevisionNode> order = graph.topological();
        Map<String, Integer> layer = new HashMap<>();
        List<List<RevisionNode>> layers = new ArrayList<>();
        for (RevisionNode node : order) {
            int l = node.downRevisions().stream().mapToInt(p -> layer.getOrDefault(p, -1) + 1).max().orElse(0);
            layer.put(node.id(), l);
            while (layers.size() <= l) {
                layers.add(new ArrayList<>());
            }
            layers.get(l).add(node);
        }
        int boxWidth = order.stream().mapToInt(n -> Math.max(GraphDot.title(n).length(), message(n).length())).max().orElse(0)
                * CHAR_WIDTH + 16;
        Map<String, Double> slot = new HashMap<>();
        for (List<RevisionNode> row : layers) {
            row.sort(Comparator.comparingDouble(n -> n.downRevisions().stream().mapToDouble(p -> slot.getOrDefault(p, 0.0)).average().orElse(0)));
            double previous = -1;
            for (RevisionNode node : row) {
                previous = Math.max(previous + 1, node.downRevisions().stream().mapToDouble(p -> slot.getOrDefault(p, 0.0)).average().orElse(0));
                slot.put(node.id(), previous);
            }
        }
        // Then from the heads down, a revision moves right to stand over its children where there is room.
        for (int l = layers.size() - 2; l >= 0; l--) {
            double previous = -1;
            for (RevisionNode node : layers.get(l)) {
                // Only over children it alone is the parent of: a merge stands between its parents already.
                double wanted = graph.children(node.id()).stream().filter(c -> graph.find(c).orElseThrow().downRevisions().size() == 1)
                        .mapToDouble(c -> slot.getOrDefault(c, 0.0)).average().orElse(slot.get(node.id()));
                previous = Math.max(Math.max(wanted, slot.get(node.id())), previous + 1);
                slot.put(node.id(), previous);
            }
        }
        int widest = (int) Math.ceil(slot.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)) + 1;
        int width = 2 * MARGIN + widest * (boxWidth + GAP) - GAP;
        int height = 2 * MARGIN + layers.size() * ROW - (ROW - BOX_HEIGHT);
        Map<String, int[]> at = new HashMap<>();
        for (RevisionNode node : order) {
            int l = layer.get(node.id());
            at.put(node.id(), new int[] {MARGIN + (int) Math.round(slot.get(node.id()) * (boxWidth + GAP)),
                    MARGIN + (layers.size() - 1 - l) * ROW});
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"12\">%n",
                width, height, width, height));
        svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        for (RevisionNode node : order) {
            int[] child = at.get(node.id());
            for (String parent : node.downRevisions()) {
                edge(svg, at.get(parent), child, boxWidth, "");
            }
            for (String dependency : graph.dependencies(node.id())) {
                edge(svg, at.get(dependency), child, boxWidth, " stroke-dasharray=\"4 3\"");
            }
        }
        Set<String> heads = Set.copyOf(graph.heads());
        for (RevisionNode node : order) {
            int[] p = at.get(node.id());
            svg.append(String.format(Locale.ROOT,
                    "  <g class=\"revision%s%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>%n",
                    heads.contains(node.id()) ? " head" : "", current.contains(node.id()) ? " current" : "",
                    p[0], p[1], boxWidth, BOX_HEIGHT, current.contains(node.id()) ? "#ffe08a" : "#ffffff",
                    heads.contains(node.id()) ? "#1a7f37" : "#444444", heads.contains(node.id()) ? 2 : 1));
            svg.append(String.format(Locale.ROOT, "    <text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                    p[0] + 8, p[1] + 16, xml(GraphDot.title(node))));
            svg.append(String.format(Locale.ROOT, "    <text x=\"%d\" y=\"%d\">%s</text></g>%n",
                    p[0] + 8, p[1] + 32, xml(message(node))));
        }
        return svg.append("</svg>\n").toString();
    }

    /** A line from the parent's top to the child's bottom, with an arrow at the child. */
    private static void edge(StringBuilder svg, int[] parent, int[] child, int boxWidth, String style) {
        if (parent == null) {
            return;
        }
        svg.append(String.format(Locale.ROOT,
                "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444444\"%s marker-end=\"url(#arrow)\"/>%n",
                parent[0] + boxWidth / 2, parent[1], child[0] + boxWidth / 2, child[1] + BOX_HEIGHT, style));
    }

    private static String message(RevisionNode node) {
        String m = node.message();
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE - 3) + "...";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
