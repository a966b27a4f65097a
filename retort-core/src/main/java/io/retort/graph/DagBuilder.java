package io.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates revisions and builds the {@link Dag}.
 *
 * <p>The canonical order is a depth-first post-order: the real heads (revisions nothing names as
 * down revision or dependency) in id order, and before each revision its dependencies then its
 * down revisions, in declaration order. Independent branches thus stay contiguous, and the order
 * depends only on the revisions, never on the order files were read.
 */
final class DagBuilder {
    private static final Pattern LABEL = Pattern.compile("[^@:+\\-,\\s]{1,128}");
    static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private DagBuilder() {}

    static Dag build(Collection<RevisionNode> input) {
        Map<String, RevisionNode> nodes = new HashMap<>(input.size() * 2);
        for (RevisionNode node : input) {
            checkId(node);
            RevisionNode earlier = nodes.putIfAbsent(node.id(), node);
            if (earlier != null) {
                throw new GraphException("Revision id '" + node.id() + "' is declared twice, in "
                        + where(earlier) + " and in " + where(node) + "; give one of them a new id");
            }
        }
        Map<String, String> owners = labelOwners(nodes);
        Map<String, List<String>> children = new HashMap<>(nodes.size() * 2);
        Map<String, List<String>> dependents = new HashMap<>();
        Map<String, List<String>> dependencies = new HashMap<>();
        for (RevisionNode node : nodes.values()) {
            for (String down : checkedDowns(node, nodes)) {
                children.computeIfAbsent(down, key -> new ArrayList<>(1)).add(node.id());
            }
            List<String> resolved = resolveDependencies(node, nodes, owners);
            if (!resolved.isEmpty()) {
                dependencies.put(node.id(), resolved);
                resolved.forEach(dependency -> dependents.computeIfAbsent(dependency, key -> new ArrayList<>())
                        .add(node.id()));
            }
        }
        List<String> order = canonicalOrder(nodes, children, dependents, dependencies);
        Map<String, Set<String>> labels = propagateLabels(nodes, owners, children, dependents);
        return new Dag(nodes, dependencies, children, dependents, Map.copyOf(owners), labels, order);
    }

    /** Letters, digits and '_', checked by hand: this runs for every revision of long histories. */
    private static void checkId(RevisionNode node) {
        String id = node.id();
        boolean valid = !id.isEmpty() && id.length() <= 128;
        for (int i = 0; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
        if (!valid) {
            throw new GraphException("Invalid revision id '" + id + "' in " + where(node)
                    + ": use 1 to 128 letters, digits or '_'");
        }
        if (RESERVED.contains(id)) {
            throw new GraphException("Revision id '" + id + "' in " + where(node)
                    + " is reserved (head, heads, base and current are target names); choose another id");
        }
    }

    private static Map<String, String> labelOwners(Map<String, RevisionNode> nodes) {
        Map<String, String> owners = new HashMap<>();
        for (RevisionNode node : nodes.values()) {
            for (String label : new LinkedHashSet<>(node.branchLabels())) {
                if (!LABEL.matcher(label).matches() || RESERVED.contains(label)) {
                    throw new GraphException("Invalid branch label '" + label + "' on revision "
                            + node.quoted() + ": labels cannot contain @ : + - , or spaces, nor be "
                            + String.join(", ", new TreeSet<>(RESERVED)));
                }
                if (nodes.containsKey(label)) {
                    throw new GraphException("Branch label '" + label + "' on revision " + node.quoted()
                            + " is also a revision id; choose another label");
                }
                String owner = owners.putIfAbsent(label, node.id());
                if (owner != null) {
                    throw new GraphException("Branch label '" + label + "' is declared by two revisions, "
                            + nodes.get(owner).quoted() + " and " + node.quoted()
                            + "; a label names one branch, remove it from one of them");
                }
            }
        }
        return owners;
    }

    private static List<String> checkedDowns(RevisionNode node, Map<String, RevisionNode> nodes) {
        Set<String> seen = new HashSet<>();
        for (String down : node.downRevisions()) {
            if (!nodes.containsKey(down)) {
                throw new GraphException("Revision " + node.quoted() + " names down revision '" + down
                        + "', which does not exist; fix its down list or restore the missing revision");
            }
            if (!seen.add(down)) {
                throw new GraphException("Revision " + node.quoted() + " lists down revision '" + down
                        + "' twice; list it once");
            }
        }
        return node.downRevisions();
    }

    private static List<String> resolveDependencies(RevisionNode node, Map<String, RevisionNode> nodes,
                                                    Map<String, String> owners) {
        if (node.dependsOn().isEmpty()) {
            return List.of();
        }
        Set<String> resolved = new LinkedHashSet<>();
        for (String dependency : node.dependsOn()) {
            String id = nodes.containsKey(dependency) ? dependency : owners.get(dependency);
            if (id == null) {
                throw new GraphException("Revision " + node.quoted() + " depends on '" + dependency
                        + "', which is neither a revision id nor a branch label; fix its depends_on");
            }
            resolved.add(id);
        }
        resolved.removeAll(node.downRevisions());
        return List.copyOf(resolved);
    }

    private static List<String> canonicalOrder(Map<String, RevisionNode> nodes,
                                               Map<String, List<String>> children,
                                               Map<String, List<String>> dependents,
                                               Map<String, List<String>> dependencies) {
        List<String> realHeads = nodes.keySet().stream()
                .filter(id -> !children.containsKey(id) && !dependents.containsKey(id)).sorted().toList();
        Function<String, List<String>> parents = id ->
                Dag.upgradeParents(dependencies.getOrDefault(id, List.of()), nodes.get(id).downRevisions());
        Function<List<String>, RuntimeException> onCycle = cycle -> cycleError(cycle, nodes);
        List<String> order = DepthFirst.postOrder(realHeads, parents, id -> true, onCycle);
        if (order.size() < nodes.size()) { // what no real head reaches sits on, or under, a cycle
            Set<String> reached = new HashSet<>(order);
            List<String> rest = nodes.keySet().stream().filter(id -> !reached.contains(id)).sorted().toList();
            DepthFirst.postOrder(rest, parents, id -> true, onCycle);
        }
        return order;
    }

    private static GraphException cycleError(List<String> cycle, Map<String, RevisionNode> nodes) {
        String files = new LinkedHashSet<>(cycle).stream().map(id -> where(nodes.get(id)))
                .collect(Collectors.joining(", "));
        return new GraphException("Revisions form a cycle: " + String.join(" -> ", cycle)
                + " (each names the one before it as down revision or dependency); break the loop in one of: "
                + files);
    }

    /**
     * A label applies to the revision declaring it, to all its descendants, and to its ancestors
     * down to (not including) the nearest branch point or merge point, as Alembic documents.
     */
    private static Map<String, Set<String>> propagateLabels(Map<String, RevisionNode> nodes,
                                                             Map<String, String> owners,
                                                             Map<String, List<String>> children,
                                                             Map<String, List<String>> dependents) {
        Map<String, SortedSet<String>> labels = new HashMap<>();
        for (Map.Entry<String, String> entry : owners.entrySet()) {
            String label = entry.getKey();
            Deque<String> todo = new ArrayDeque<>(List.of(entry.getValue()));
            Set<String> seen = new HashSet<>(todo);
            while (!todo.isEmpty()) {
                String id = todo.pop();
                labels.computeIfAbsent(id, key -> new TreeSet<>()).add(label);
                children.getOrDefault(id, List.of()).stream().filter(seen::add).forEach(todo::push);
            }
            String parent = entry.getValue();
            while (!forks(parent, nodes, children, dependents)
                    && nodes.get(parent).downRevisions().size() == 1) {
                parent = nodes.get(parent).downRevisions().get(0);
                if (forks(parent, nodes, children, dependents)) {
                    break;
                }
                labels.computeIfAbsent(parent, key -> new TreeSet<>()).add(label);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        labels.forEach((id, set) -> frozen.put(id, Collections.unmodifiableSortedSet(set)));
        return frozen;
    }

    /** A branch point (counting depends_on) or a merge point: where a label stops spreading down. */
    private static boolean forks(String id, Map<String, RevisionNode> nodes, Map<String, List<String>> children,
                                 Map<String, List<String>> dependents) {
        return children.getOrDefault(id, List.of()).size() + dependents.getOrDefault(id, List.of()).size() > 1
                || nodes.get(id).downRevisions().size() > 1;
    }

    static String where(RevisionNode node) {
        return node.origin() == null ? "revision '" + node.id() + "'" : node.origin();
    }
}
