package io.retort.cli;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The revision graph drawn in text the way {@code git log --graph} draws commits: newest first, one
 * lane per line of descent, {@code *} for a revision, {@code |\} where a merge's parents part and
 * {@code |/} where branches meet again at their branch point. Only down revisions are drawn
 * (depends_on is written on the row).
 */
final class GraphLanes {
    private final List<String> rows = new ArrayList<>();
    /** The revision each lane waits for, left to right. */
    private final List<String> lanes = new ArrayList<>();

    private GraphLanes() {}

    /** The rows, newest revision first; {@code label} writes the text after a revision's {@code *}. */
    static List<String> draw(RevisionGraph graph, Function<RevisionNode, String> label) {
        GraphLanes drawing = new GraphLanes();
        List<RevisionNode> newestFirst = new ArrayList<>(graph.topological());
        java.util.Collections.reverse(newestFirst);
        for (RevisionNode node : newestFirst) {
            drawing.add(node, label.apply(node));
        }
        while (!drawing.rows.isEmpty() && drawing.rows.get(drawing.rows.size() - 1).isEmpty()) {
            drawing.rows.remove(drawing.rows.size() - 1);
        }
        return List.copyOf(drawing.rows);
    }

    private void add(RevisionNode node, String label) {
        int column = lanes.indexOf(node.id());
        if (column < 0) {
            lanes.add(node.id());
            column = lanes.size() - 1;
        }
        meet(node.id(), column);
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            row.append(i == column ? '*' : '|').append(' ');
        }
        rows.add(row + label);
        part(node.downRevisions(), column);
    }

    /** Lanes right of {@code column} that also wait for {@code id} (a branch point) slide into it. */
    private void meet(String id, int column) {
        List<int[]> tracks = new ArrayList<>();
        int removed = 0;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            boolean joins = i > column && lanes.get(i).equals(id);
            tracks.add(new int[] {i, joins ? column : i - removed});
            if (joins) {
                removed++;
            } else {
                kept.add(lanes.get(i));
            }
        }
        if (removed > 0) {
            move(tracks);
            lanes.clear();
            lanes.addAll(kept);
        }
    }

    /** The revision's lane goes on to its first parent; each further parent (a merge) gets a lane of its own. */
    private void part(List<String> parents, int column) {
        List<int[]> tracks = new ArrayList<>();
        int extra = parents.size() - 1;
        for (int i = 0; i < lanes.size(); i++) {
            if (i != column || !parents.isEmpty()) {
                tracks.add(new int[] {i, i < column ? i : i == column ? column : i + Math.max(extra, -1)});
            }
        }
        for (int p = 1; p < parents.size(); p++) {
            tracks.add(new int[] {column, column + p});
        }
        if (parents.isEmpty() && column == lanes.size() - 1) {
            // A base at the right edge: a gap, so that the next root drawn there does not look like its parent.
            rows.add("| ".repeat(column).stripTrailing());
        }
        if (parents.isEmpty()) {
            lanes.remove(column);
        } else {
            lanes.set(column, parents.get(0));
            lanes.addAll(column + 1, parents.subList(1, parents.size()));
        }
        move(tracks);
    }

    /** Rows of {@code /}, {@code |} and {@code \}, moving each track {position, target} one column a row. */
    private void move(List<int[]> tracks) {
        while (tracks.stream().anyMatch(t -> t[0] != t[1])) {
            char[] row = new char[2 * tracks.stream().mapToInt(t -> Math.max(t[0], t[1])).max().orElse(0) + 2];
            java.util.Arrays.fill(row, ' ');
            for (int[] t : tracks) {
                if (t[1] < t[0]) {
                    row[2 * t[0] - 1] = '/';
                    t[0]--;
                } else if (t[1] > t[0]) {
                    row[2 * t[0] + 1] = '\\';
                    t[0]++;
                } else if (row[2 * t[0]] == ' ') {
                    row[2 * t[0]] = '|';
                }
            }
            rows.add(new String(row).stripTrailing());
        }
    }
}
