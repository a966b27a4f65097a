package io.retort.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The revisions of a history range {@code start:end}: the ancestors of end (depends_on included)
 * that descend from start (through down revisions only), both ends included, newest first. An
 * empty start is base, an empty end is heads; {@code current} stands for the version-table rows.
 * {@code label@base:} lists the label's line up from its base, as in Alembic's documentation.
 */
final class HistoryRange {
    private final Dag dag;
    private final TargetResolver resolver;

    HistoryRange(Dag dag, TargetResolver resolver) {
        this.dag = dag;
        this.resolver = resolver;
    }

    List<String> revisions(String range, List<String> rows) {
        if (range == null || range.isBlank()) {
            return newestFirst(dag.order());
        }
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new GraphException("History range '" + range + "' must be start:end, start: or :end");
        }
        List<String> from = start(range.substring(0, colon).strip(), rows);
        List<String> to = end(range.substring(colon + 1).strip(), from, rows);
        Set<String> shown = dag.ancestors(to, true);
        if (!from.isEmpty()) {
            for (String start : from) {
                if (!shown.contains(start)) {
                    throw new GraphException("History range '" + range + "': " + start + " is not an ancestor of "
                            + (to.isEmpty() ? "base" : String.join(", ", to)));
                }
            }
            shown.retainAll(dag.descendants(from, false));
        }
        return newestFirst(dag.order().stream().filter(shown::contains).toList());
    }

    /** Whether either end of {@code range} is {@code current}; a label such as {@code concurrent} is not. */
    static boolean namesCurrent(String range) {
        if (range == null) {
            return false;
        }
        for (String end : range.split(":", -1)) {
            if (end.strip().equals("current")) {
                return true;
            }
        }
        return false;
    }

    /** Empty means base. */
    private List<String> start(String text, List<String> rows) {
        if (text.isEmpty() || text.equals("base")) {
            return List.of();
        }
        if (text.equals("current")) {
            return rows;
        }
        Resolution resolved = resolver.resolve(text, dag.realHeads(), null);
        if (!resolved.base()) {
            return resolved.ids();
        }
        String branch = resolved.anchor() != null ? resolved.anchor() : resolved.branch();
        if (branch == null) {
            return List.of();
        }
        Set<String> line = dag.lineage(branch);
        return dag.bases().stream().filter(line::contains).toList();
    }

    private List<String> end(String text, List<String> from, List<String> rows) {
        if (text.isEmpty() || text.equals("heads")) {
            return dag.realHeads();
        }
        if (text.equals("current")) {
            return rows;
        }
        return resolver.resolve(text, dag.sorted(from), null).ids();
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        return reversed;
    }
}
