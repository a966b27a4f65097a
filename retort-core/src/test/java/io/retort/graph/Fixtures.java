package io.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Graph literals and an independent check of a plan's version-table changes. */
final class Fixtures {
    private Fixtures() {}

    static RevisionNode rev(String id, String... downs) {
        return RevisionNode.of(id, downs);
    }

    static RevisionGraph graph(RevisionNode... nodes) {
        return RevisionGraph.of(List.of(nodes));
    }

    /** a1 <- a2 <- a3 (base first). */
    static RevisionGraph linear(int length) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            nodes.add(i == 1 ? rev("a1") : rev("a" + i, "a" + (i - 1)));
        }
        return RevisionGraph.of(nodes);
    }

    static List<String> describe(MigrationPlan plan) {
        return plan.steps().stream().map(MigrationStep::describe).toList();
    }

    /**
     * Replays the plan's changes onto headsBefore and checks, after every step, that the rows are
     * exactly the applied revisions nothing applied builds on; returns the rows after.
     */
    static Set<String> replay(RevisionGraph graph, MigrationPlan plan) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionNode node : graph.topological()) {
            List<String> all = new ArrayList<>(node.downRevisions());
            all.addAll(graph.dependencies(node.id()));
            parents.put(node.id(), all);
            all.forEach(parent -> children.computeIfAbsent(parent, key -> new ArrayList<>()).add(node.id()));
        }
        Set<String> rows = new LinkedHashSet<>(plan.headsBefore());
        Set<String> applied = closure(plan.headsBefore(), parents);
        for (MigrationStep step : plan.steps()) {
            rows = step.versionChange().applyTo(rows);
            if (step.stamp()) {
                continue;
            }
            String id = step.revision().id();
            if (step.direction() == Direction.UP) {
                assertThat(applied).as("parents of %s", id).containsAll(parents.get(id)).doesNotContain(id);
                applied.add(id);
            } else {
                assertThat(applied).contains(id);
                applied.remove(id);
                assertThat(children.getOrDefault(id, List.of())).as("children of %s", id).noneMatch(applied::contains);
            }
            Set<String> maximal = new HashSet<>(applied);
            applied.forEach(a -> maximal.removeAll(parents.get(a)));
            assertThat(rows).as("rows after %s", step.describe()).containsExactlyInAnyOrderElementsOf(maximal);
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(plan.headsAfter());
        return rows;
    }

    private static Set<String> closure(Collection<String> start, Map<String, List<String>> parents) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            for (String parent : parents.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(parent)) {
                    todo.push(parent);
                }
            }
        }
        return seen;
    }
}
