package io.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The validated graph: adjacency in both directions, effective branch labels and the canonical
 * order. Built by {@link DagBuilder}; immutable.
 */
final class Dag {
    private final Map<String, RevisionNode> nodes;
    // Only revisions that have them are keys; lists are never handed outside the package.
    private final Map<String, List<String>> dependencies;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labelOwners;
    private final Map<String, Set<String>> labels;
    private final List<String> order;
    private final Map<String, Integer> position;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;

    Dag(Map<String, RevisionNode> nodes, Map<String, List<String>> dependencies,
        Map<String, List<String>> children, Map<String, List<String>> dependents,
        Map<String, String> labelOwners, Map<String, Set<String>> labels, List<String> order) {
        this.nodes = nodes;
        this.dependencies = dependencies;
        this.children = children;
        this.dependents = dependents;
        this.labelOwners = labelOwners;
        this.labels = labels;
        this.order = List.copyOf(order);
        this.position = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Comparator<String> canonical = Comparator.comparing(position::get);
        children.values().stream().filter(list -> list.size() > 1).forEach(list -> list.sort(canonical));
        dependents.values().stream().filter(list -> list.size() > 1).forEach(list -> list.sort(canonical));
        this.heads = order.stream().filter(id -> children(id).isEmpty()).toList();
        this.realHeads = order.stream().filter(id -> allChildren(id).isEmpty()).toList();
        this.bases = order.stream().filter(id -> downs(id).isEmpty()).toList();
    }

    /** Revisions no revision names as down revision (Alembic's heads, effective heads included). */
    List<String> heads() {
        return heads;
    }

    /** Revisions nothing names, as down revision or dependency. */
    List<String> realHeads() {
        return realHeads;
    }

    /** Revisions without down revisions (they may have dependencies). */
    List<String> bases() {
        return bases;
    }

    boolean contains(String id) {
        return nodes.containsKey(id);
    }

    RevisionNode node(String id) {
        return nodes.get(id);
    }

    /** Ids starting with {@code prefix}, in id order. A scan: only a lookup that missed comes here. */
    List<String> withPrefix(String prefix) {
        return nodes.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    List<String> downs(String id) {
        return nodes.get(id).downRevisions();
    }

    /** depends_on, resolved to revision ids (labels name the revision that declares them). */
    List<String> dependencies(String id) {
        return dependencies.getOrDefault(id, List.of());
    }

    /** Down revisions then dependencies, without repeats: every revision that must come first. */
    List<String> parents(String id) {
        return union(downs(id), dependencies(id));
    }

    /** Revisions naming this one as a down revision, in canonical order. */
    List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Revisions naming this one as a down revision or a dependency. */
    List<String> allChildren(String id) {
        return union(children(id), dependents.getOrDefault(id, List.of()));
    }

    Set<String> labels(String id) {
        return labels.getOrDefault(id, Set.of());
    }

    /** The revision declaring {@code label}, or null. */
    String labelOwner(String label) {
        return labelOwners.get(label);
    }

    /** Every revision, base first: see {@link DagBuilder} for the rule. */
    List<String> order() {
        return order;
    }

    /** {@code ids} in canonical order, without repeats. */
    List<String> sorted(Collection<String> ids) {
        return new LinkedHashSet<>(ids).stream().sorted(Comparator.comparing(position::get)).toList();
    }

    /** The revisions and everything below them (through depends_on too when {@code withDependencies}). */
    Set<String> ancestors(Collection<String> ids, boolean withDependencies) {
        return reach(ids, withDependencies ? this::parents : this::downs);
    }

    /** The revisions and everything above them. */
    Set<String> descendants(Collection<String> ids, boolean withDependencies) {
        return reach(ids, withDependencies ? this::allChildren : this::children);
    }

    /** Revisions on a line through {@code anchor}: its ancestors, itself and its descendants. */
    Set<String> lineage(String anchor) {
        Set<String> line = ancestors(List.of(anchor), false);
        line.addAll(descendants(List.of(anchor), false));
        return line;
    }

    /**
     * An upgrade order for the revisions {@code include} accepts that {@code targets} reach: before
     * each revision, its dependencies then its down revisions, in declaration order.
     */
    List<String> upgradeOrder(List<String> targets, Predicate<String> include) {
        return DepthFirst.postOrder(targets, this::upgradeParents, include, cycle -> {
            throw new IllegalStateException("cycle in a validated graph: " + cycle);
        });
    }

    List<String> upgradeParents(String id) {
        return upgradeParents(dependencies(id), downs(id));
    }

    /** What an upgrade visits before a revision, in order: the one rule for every order. */
    static List<String> upgradeParents(List<String> dependencies, List<String> downs) {
        return union(dependencies, downs);
    }

    private Set<String> reach(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            for (String id : next.apply(todo.pop())) {
                if (seen.add(id)) {
                    todo.push(id);
                }
            }
        }
        return seen;
    }

    private static List<String> union(List<String> first, List<String> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        return List.copyOf(new LinkedHashSet<>(concat(first, second)));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
