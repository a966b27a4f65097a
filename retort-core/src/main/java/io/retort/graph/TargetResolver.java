package io.retort.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves target strings ({@code head}, {@code heads}, {@code base}, ids and unique prefixes,
 * branch labels, {@code label@head}, {@code label@base}, {@code rev@head}, {@code label@heads},
 * {@code +N}, {@code -N}, {@code label@+N}, {@code label@-N}, {@code rev+N}, {@code head-N},
 * {@code label@rev-N}) against the graph and the current version-table rows.
 */
final class TargetResolver {
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");
    private static final int MAX_CANDIDATES = 8;

    private final Dag dag;

    TargetResolver(Dag dag) {
        this.dag = dag;
    }

    /**
     * @param rows    the current rows, in canonical order (the start of {@code +N} and {@code -N})
     * @param context {@link Direction#UP} rejects {@code -N}, {@link Direction#DOWN} rejects
     *                {@code +N}; null accepts both
     */
    Resolution resolve(String target, List<String> rows, Direction context) {
        if (target == null || target.isBlank()) {
            throw new GraphException("Empty target; name a revision, 'head', 'heads' or 'base'");
        }
        String text = target.strip();
        if (text.contains(":")) {
            throw new GraphException("Target '" + text + "' is a range; ranges are for `retort history` and "
                    + "offline SQL (`retort upgrade --sql start:end`)");
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            return relative(text, relative.group(1), relative.group(2), steps(text, relative.group(3)),
                    rows, context);
        }
        int at = text.indexOf('@');
        return absolute(text, at < 0 ? null : text.substring(0, at), text.substring(at + 1));
    }

    /** The revision a {@code branch@} prefix stands for: a label's owner, or a revision. */
    String branchAnchor(String branch) {
        String owner = dag.labelOwner(branch);
        if (owner != null) {
            return owner;
        }
        if (dag.contains(branch) || !dag.withPrefix(branch).isEmpty()) {
            return revision(branch, branch, null);
        }
        throw new GraphException("No branch label or revision '" + branch
                + "'; run `retort branches` or `retort history` to list them");
    }

    private Resolution absolute(String text, String branch, String symbol) {
        String anchor = branch == null ? null : branchAnchor(branch);
        switch (symbol) {
            case "base":
                return new Resolution(List.of(), true, anchor, null);
            case "heads":
                return new Resolution(anchor == null ? dag.realHeads() : onLine(dag.heads(), anchor),
                        false, anchor, null);
            case "head":
                return new Resolution(singleHead(text, branch, anchor), false, anchor, null);
            default:
                return new Resolution(List.of(revision(text, symbol, anchor)), false, anchor, null);
        }
    }

    private List<String> singleHead(String text, String branch, String anchor) {
        List<String> heads = anchor == null ? dag.heads() : onLine(dag.heads(), anchor);
        if (heads.size() > 1) {
            String all = branch == null ? "heads" : branch + "@heads";
            throw new MultipleHeadsException("'" + text + "' is ambiguous: there are " + heads.size() + " heads ("
                    + String.join(", ", heads) + "); name one (e.g. " + heads.get(0) + "), use '" + all
                    + "' for all of them, or run `retort merge` to join them", heads);
        }
        return heads;
    }

    /** An id, a branch label (its owner) or a unique id prefix, on {@code anchor}'s line if given. */
    private String revision(String text, String symbol, String anchor) {
        String id;
        if (dag.contains(symbol)) {
            id = symbol;
        } else if (dag.labelOwner(symbol) != null) {
            id = dag.labelOwner(symbol);
        } else {
            Collection<String> candidates = dag.withPrefix(symbol);
            if (anchor != null && candidates.size() > 1) {
                candidates = onLine(candidates, anchor);
            }
            if (candidates.isEmpty()) {
                throw new GraphException("Unknown revision '" + symbol + "'" + (text.equals(symbol) ? "" : " in '"
                        + text + "'") + ": no revision id, id prefix or branch label matches; run "
                        + "`retort history` to list revisions");
            }
            if (candidates.size() > 1) {
                throw new GraphException("Revision prefix '" + symbol + "' is ambiguous: it matches "
                        + list(candidates) + "; type more characters");
            }
            id = candidates.iterator().next();
        }
        if (anchor != null && !dag.lineage(anchor).contains(id)) {
            throw new GraphException("Revision '" + id + "' in '" + text + "' is not on the branch of '"
                    + anchor + "': it neither leads to nor descends from it");
        }
        return id;
    }

    private Resolution relative(String text, String branch, String symbol, int steps, List<String> rows,
                                Direction context) {
        String anchor = branch == null ? null : branchAnchor(branch);
        if (steps > 0) {
            String start;
            if (symbol != null) {
                start = walkStart(text, null, symbol);
            } else if (context == Direction.DOWN) {
                throw new GraphException("Downgrade target '" + text + "' goes up; use `retort upgrade "
                        + text + "`, or name a revision below the current one");
            } else {
                start = upStart(text, anchor, rows);
            }
            return new Resolution(List.of(walkUp(text, start, steps, anchor)), false, anchor, null);
        }
        String start;
        if (symbol != null) {
            start = walkStart(text, branch, symbol);
        } else if (context == Direction.UP) {
            throw new GraphException("Upgrade target '" + text + "' goes down; use `retort downgrade "
                    + text + "`");
        } else {
            start = downStart(text, anchor, rows);
        }
        if (start == null) {
            throw new GraphException("Relative target '" + text + "' goes below base");
        }
        String end = walkDown(text, start, -steps);
        return new Resolution(end == null ? List.of() : List.of(end), end == null, anchor, start);
    }

    private static int steps(String text, String digits) {
        try {
            int steps = Integer.parseInt(digits);
            if (steps == 0) {
                throw new GraphException("Relative target '" + text + "' moves zero steps; use +1 or -1 or more");
            }
            return steps;
        } catch (NumberFormatException e) {
            throw new GraphException("Relative target '" + text + "' has too many steps");
        }
    }

    /** The revision a {@code symbol+N} walk starts from; null for base. */
    private String walkStart(String text, String branch, String symbol) {
        String named = branch == null ? symbol : branch + "@" + symbol;
        Resolution start = absolute(named, branch, symbol);
        if (start.ids().size() > 1) {
            throw new GraphException("'" + named + "' in '" + text + "' names several revisions ("
                    + list(start.ids()) + "); a relative step needs one");
        }
        return start.ids().isEmpty() ? null : start.ids().get(0);
    }

    /** Where {@code +N} starts: the current head on the branch; null for base. */
    private String upStart(String text, String anchor, List<String> rows) {
        if (anchor == null) {
            if (rows.size() > 1) {
                throw new GraphException("Relative target '" + text + "' is ambiguous: the database has "
                        + "several heads (" + String.join(", ", rows) + "); use <label>@" + text
                        + " or <revision>" + text + " (e.g. " + rows.get(0) + text + ")");
            }
            return rows.isEmpty() ? null : rows.get(0);
        }
        Set<String> line = dag.lineage(anchor);
        List<String> starts = currentOnLine(rows, line, line);
        if (starts.size() > 1) {
            throw new GraphException("Relative target '" + text + "' is ambiguous: the branch has several "
                    + "current heads (" + String.join(", ", starts) + "); use <revision>"
                    + text.substring(text.indexOf('@') + 1) + " instead");
        }
        return starts.isEmpty() ? null : starts.get(0);
    }

    /** Where {@code -N} starts: the single current head (on the branch, when given). */
    private String downStart(String text, String anchor, List<String> rows) {
        if (rows.isEmpty()) {
            throw new GraphException("Relative target '" + text + "' cannot go down: the database is at base");
        }
        List<String> starts = anchor == null ? rows
                : currentOnLine(rows, dag.lineage(anchor), dag.descendants(List.of(anchor), false));
        if (starts.isEmpty()) {
            throw new GraphException("Relative target '" + text + "': no revision of the branch of '" + anchor
                    + "' is applied");
        }
        if (starts.size() > 1) {
            String steps = text.substring(text.lastIndexOf('-'));
            throw new GraphException("Relative target '" + text + "' is ambiguous: the database has several "
                    + "heads (" + String.join(", ", starts) + "); name the one to step down from, e.g. "
                    + starts.get(0) + steps + " or " + starts.get(1) + steps
                    + (anchor == null ? ", or use <label>@" + text : ""));
        }
        return starts.get(0);
    }

    /**
     * The rows on {@code line}; when there are none, the tips of the applied revisions in
     * {@code fallback}: stepping up backtracks to where the branch leaves the applied ones, stepping
     * down starts from a branch head whose row a dependent revision took over.
     */
    private List<String> currentOnLine(List<String> rows, Set<String> line, Set<String> fallback) {
        List<String> onLine = rows.stream().filter(line::contains).toList();
        if (!onLine.isEmpty()) {
            return onLine;
        }
        Set<String> active = new HashSet<>(dag.ancestors(rows, true));
        active.retainAll(fallback);
        Set<String> below = new HashSet<>();
        active.forEach(id -> below.addAll(dag.parents(id)));
        active.removeAll(below);
        return dag.sorted(active);
    }

    private String walkUp(String text, String start, int steps, String anchor) {
        Set<String> line = anchor == null ? null : dag.lineage(anchor);
        String at = start;
        for (int i = 0; i < steps; i++) {
            List<String> next = new ArrayList<>(at == null ? dag.bases() : dag.children(at));
            if (line != null) {
                next.retainAll(line);
            }
            if (next.isEmpty()) {
                throw new GraphException("Relative target '" + text + "' goes beyond the head: only " + i
                        + " revision(s) above " + (start == null ? "base" : start));
            }
            if (next.size() > 1) {
                throw new GraphException("Relative target '" + text + "' is ambiguous: "
                        + (at == null ? "base" : at) + " branches into " + list(next)
                        + "; name one (e.g. " + next.get(0) + ") or use <label>@+N");
            }
            at = next.get(0);
        }
        return at;
    }

    /** Walks down; null means base. */
    private String walkDown(String text, String start, int steps) {
        String at = start;
        for (int i = 0; i < steps; i++) {
            if (at == null) {
                throw new GraphException("Relative target '" + text + "' goes below base: " + start
                        + " has only " + i + " revision(s) from it down to base");
            }
            List<String> downs = dag.downs(at);
            if (downs.size() > 1) {
                throw new GraphException("Relative target '" + text + "' is ambiguous: " + at
                        + " is a merge point of " + list(downs) + "; name the revision to go to instead (e.g. "
                        + downs.get(0) + ")");
            }
            at = downs.isEmpty() ? null : downs.get(0);
        }
        return at;
    }

    private List<String> onLine(Collection<String> ids, String anchor) {
        Set<String> line = dag.lineage(anchor);
        return ids.stream().filter(line::contains).toList();
    }

    private static String list(Collection<String> ids) {
        List<String> shown = ids.stream().limit(MAX_CANDIDATES).toList();
        return String.join(", ", shown) + (ids.size() > MAX_CANDIDATES ? " and " + (ids.size() - MAX_CANDIDATES)
                + " more" : "");
    }
}
