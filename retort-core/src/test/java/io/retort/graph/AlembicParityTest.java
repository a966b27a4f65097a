package io.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random graphs whose heads, bases, branch and merge points, and upgrade, downgrade, stamp and
 * history outcomes (revisions run or listed, rows after, or an error) were computed by Alembic itself; see alembic_parity.py.
 * The order of the steps is not compared: Retort's is its own, documented one.
 */
class AlembicParityTest {
    private static final Path FIXTURE = Path.of("src/test/java/io/retort/graph/alembic-parity.jsonl");

    @TestFactory
    Stream<DynamicTest> matchesAlembic() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(FIXTURE);
        assertThat(lines).hasSizeGreaterThan(40);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode graph = json.readTree(lines.get(i));
            tests.add(DynamicTest.dynamicTest("graph " + i, () -> check(graph)));
        }
        return tests.stream();
    }

    private static void check(JsonNode fixture) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (JsonNode node : fixture.get("nodes")) {
            nodes.add(new RevisionNode(node.get(0).asText(), strings(node.get(1)), strings(node.get(3)),
                    strings(node.get(2)), "", null));
        }
        RevisionGraph graph = RevisionGraph.of(nodes);
        assertThat(graph.heads()).containsExactlyInAnyOrderElementsOf(strings(fixture.get("heads")));
        assertThat(graph.heads(true)).containsExactlyInAnyOrderElementsOf(strings(fixture.get("realHeads")));
        assertThat(graph.bases()).containsExactlyInAnyOrderElementsOf(strings(fixture.get("bases")));
        assertThat(graph.branchPoints()).containsExactlyInAnyOrderElementsOf(strings(fixture.get("branchPoints")));
        assertThat(graph.mergePoints()).containsExactlyInAnyOrderElementsOf(strings(fixture.get("mergePoints")));
        for (JsonNode c : fixture.get("cases")) {
            String op = c.get(0).asText();
            List<String> current = strings(c.get(1));
            String target = c.get(2).asText();
            String what = op + " " + target + " from " + current;
            if (c.get(3).isNull()) {
                assertThat(catchThrowable(() -> run(graph, op, current, target))).as(what + ": an error")
                        .isInstanceOf(GraphException.class);
                continue;
            }
            List<List<String>> outcome = run(graph, op, current, target);
            assertThat(outcome.get(0)).as(what + ": revisions").containsExactlyInAnyOrderElementsOf(strings(c.get(3)));
            if (!op.equals("resolve") && !op.equals("history")) {
                assertThat(outcome.get(1)).as(what + ": rows after").containsExactlyInAnyOrderElementsOf(strings(c.get(4)));
            }
        }
    }

    private static List<List<String>> run(RevisionGraph graph, String op, List<String> current, String target) {
        if (op.equals("resolve")) {
            return List.of(graph.resolve(target, current));
        }
        if (op.equals("history")) {
            return List.of(graph.history(target, current).stream().map(RevisionNode::id).toList());
        }
        if (op.equals("stamp")) {
            MigrationPlan plan = graph.stamp(current, List.of(target), false);
            Fixtures.replay(graph, plan);
            return List.of(List.of(), plan.headsAfter());
        }
        MigrationPlan plan = op.equals("upgrade") ? graph.upgrade(current, target) : graph.downgrade(current, target);
        Fixtures.replay(graph, plan);
        return List.of(plan.revisionIds(), plan.headsAfter());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
