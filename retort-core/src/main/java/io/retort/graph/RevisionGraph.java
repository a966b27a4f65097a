package io.retort.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revisions and how they connect, as plain data: no files, no database. Answers Alembic's
 * questions (heads, bases, branch points, what a target names) and plans upgrades, downgrades and
 * stamps as steps with their version-table changes. Immutable and thread-safe.
 *
 * <p>Every list it returns is in canonical order (base first): depth-first from the real heads
 * in id order, each revision after its dependencies then its down revisions, in declaration
 * order. {@code currentHeads} arguments are the version-table rows (empty for a fresh database);
 * for an offline {@code start:end} range pass {@code List.of(start)} ({@code "base"} allowed).
 */
public final class RevisionGraph {
    private final Dag dag;
    private final TargetResolver resolver;
    private final Planner planner;
    private final Stamper stamper;
    private final HistoryRange history;

    private RevisionGraph(Dag dag) {
        this.dag = dag;
        this.resolver = new TargetResolver(dag);
        this.planner = new Planner(dag, resolver);
        this.stamper = new Stamper(dag, resolver);
        this.history = new HistoryRange(dag, resolver);
    }

    /**
     * Validates and builds the graph.
     *
     * @throws GraphException for an invalid or duplicate id, a missing down revision or dependency,
     *                        a branch label on two revisions, or a cycle
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        return new RevisionGraph(DagBuilder.build(nodes));
    }

    public Optional<RevisionNode> find(String exactId) {
        return Optional.ofNullable(dag.node(exactId));
    }

    /** Every revision, base first, deterministic. */
    public List<RevisionNode> topological() {
        return nodes(dag.order());
    }

    /** Revisions no other names as its down revision, as {@code alembic heads} lists them. */
    public List<String> heads() {
        return heads(false);
    }

    /**
     * With {@code resolveDependencies}, leaves out the "effective heads": revisions only named by
     * another's depends_on, whose rows that revision takes over ({@code heads --resolve-dependencies}
     * and the {@code heads} target).
     */
    public List<String> heads(boolean resolveDependencies) {
        return resolveDependencies ? dag.realHeads() : dag.heads();
    }

    /** Revisions without down revisions. */
    public List<String> bases() {
        return dag.bases();
    }

    /** The revisions whose down revisions include {@code id}, in canonical order; empty for an unknown id. */
    public List<String> children(String id) {
        return dag.node(id) == null ? List.of() : List.copyOf(dag.children(id));
    }

    /** Revisions that two or more revisions name as their down revision. */
    public List<String> branchPoints() {
        return dag.order().stream().filter(id -> dag.children(id).size() > 1).toList();
    }

    /** Revisions with two or more down revisions. */
    public List<String> mergePoints() {
        return dag.order().stream().filter(id -> dag.downs(id).size() > 1).toList();
    }

    /** The branch labels a revision carries: declared by it, or inherited along its branch. */
    public Set<String> branchLabels(String id) {
        return dag.contains(id) ? dag.labels(id) : Set.of();
    }

    /** A revision's depends_on as revision ids (a label names the revision declaring it). */
    public List<String> dependencies(String id) {
        return dag.contains(id) ? dag.dependencies(id) : List.of();
    }

    /**
     * The revisions a target names: an empty list for {@code base}. {@code +N} and {@code -N}
     * count from {@code currentHeads}.
     */
    public List<String> resolve(String target, Collection<String> currentHeads) {
        return resolver.resolve(target, rows(currentHeads), null).ids();
    }

    /** Runs the target and everything below it that is not applied yet; {@code heads} for all heads. */
    public MigrationPlan upgrade(Collection<String> currentHeads, String target) {
        return planner.upgrade(rows(currentHeads), target);
    }

    /** Undoes the applied revisions above the target ({@code base} for all, {@code -1} for one). */
    public MigrationPlan downgrade(Collection<String> currentHeads, String target) {
        return planner.downgrade(rows(currentHeads), target);
    }

    /**
     * Rewrites the version table to say the database is at {@code targets}, running nothing. Each
     * step is a stamp step ({@link MigrationStep#stamp()}); with {@code purge} the first step empties
     * the table (its revision is null), and {@code currentHeads} may then hold unknown ids.
     */
    public MigrationPlan stamp(Collection<String> currentHeads, List<String> targets, boolean purge) {
        List<String> before = purge ? List.copyOf(new LinkedHashSet<>(currentHeads)) : rows(currentHeads);
        return stamper.stamp(before, targets, purge);
    }

    /**
     * The revisions of a range, newest first as {@code alembic history} lists them:
     * {@code "start:end"}, {@code ":end"}, {@code "start:"}, or null for all. Either end may be
     * {@code current} (the version-table rows).
     */
    public List<RevisionNode> history(String range, Collection<String> currentHeads) {
        return nodes(history.revisions(range, rows(currentHeads)));
    }

    /** Whether {@link #history} needs the database's current heads for {@code range}: an end is {@code current}. */
    public static boolean historyReadsCurrent(String range) {
        return HistoryRange.namesCurrent(range);
    }

    private List<RevisionNode> nodes(List<String> ids) {
        return ids.stream().map(dag::node).toList();
    }

    /** The rows, checked (known, none below another) and in canonical order; "base" is dropped. */
    private List<String> rows(Collection<String> currentHeads) {
        if (currentHeads == null) {
            return List.of();
        }
        Set<String> rows = new LinkedHashSet<>();
        for (String row : currentHeads) {
            if (dag.contains(row)) {
                rows.add(row);
            } else if (!"base".equals(row)) {
                rows.addAll(startOfRange(row));
            }
        }
        Set<String> parents = new HashSet<>();
        rows.forEach(row -> parents.addAll(dag.parents(row)));
        Set<String> below = dag.ancestors(parents, true);
        for (String row : rows) {
            if (below.contains(row)) {
                String above = rows.stream().filter(other -> !other.equals(row)
                        && dag.ancestors(List.of(other), true).contains(row)).findFirst().orElseThrow();
                throw new GraphException("The version table lists both " + row + " and " + above + ", which builds on it; "
                        + "one row per head is expected: fix it with `retort stamp --purge <revision>`");
            }
        }
        return dag.sorted(rows);
    }

    /** A symbolic start of an offline range ({@code ae10:head}), or an unknown row. */
    private List<String> startOfRange(String row) {
        try {
            return resolver.resolve(row, List.of(), null).ids();
        } catch (GraphException e) {
            if (!row.matches("\\w+") || DagBuilder.RESERVED.contains(row)) {
                throw e;
            }
            throw new GraphException("The version table (or range start) names revision '" + row
                    + "', which no revision file declares; restore the file, or fix the table with "
                    + "`retort stamp --purge <revision>`");
        }
    }
}
