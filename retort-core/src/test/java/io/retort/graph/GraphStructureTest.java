package io.retort.graph;

import static io.retort.graph.Fixtures.graph;
import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphStructureTest {

    /** r -> a1 -> a2, r -> b1 -> b2, m merges a2 and b2; s is a second root. */
    private static final List<RevisionNode> DIAMOND = List.of(
            rev("r"), rev("a1", "r"), rev("a2", "a1"), rev("b1", "r"), rev("b2", "b1"),
            rev("m", "a2", "b2"), rev("s"));

    @Test
    void headsBasesBranchAndMergePoints() {
        RevisionGraph graph = RevisionGraph.of(DIAMOND);
        assertThat(graph.heads()).containsExactly("m", "s");
        assertThat(graph.bases()).containsExactly("r", "s");
        assertThat(graph.branchPoints()).containsExactly("r");
        assertThat(graph.mergePoints()).containsExactly("m");
        assertThat(graph.find("a2")).map(RevisionNode::downRevisions).contains(List.of("a1"));
        assertThat(graph.find("a")).isEmpty();
        assertThat(graph.children("r")).containsExactly("a1", "b1");
        assertThat(graph.children("nope")).isEmpty();
    }

    @Test
    void topologicalOrderIsDepthFirstFromHeadsInIdOrderAndIgnoresInputOrder() {
        List<String> expected = List.of("r", "a1", "a2", "b1", "b2", "m", "s");
        List<RevisionNode> shuffled = new ArrayList<>(DIAMOND);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(shuffled, random);
            assertThat(RevisionGraph.of(shuffled).topological()).map(RevisionNode::id).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void plansDoNotDependOnInputOrder() {
        List<RevisionNode> nodes = new ArrayList<>(List.of(rev("r"), rev("a1", "r"), rev("b1", "r"),
                rev("c1", "r"), rev("n1"), rev("n2", "n1").withDependsOn("b1"), rev("m", "a1", "c1")));
        List<String> expected = RevisionGraph.of(nodes).upgrade(List.of(), "heads").revisionIds();
        assertThat(expected).containsExactly("r", "a1", "c1", "m", "b1", "n1", "n2");
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(nodes, random);
            RevisionGraph graph = RevisionGraph.of(nodes);
            assertThat(graph.upgrade(List.of(), "heads").revisionIds()).containsExactlyElementsOf(expected);
            assertThat(graph.downgrade(List.of("m", "n2"), "base").steps())
                    .map(MigrationStep::versionChange).hasSize(7);
        }
    }

    @Test
    void dependenciesComeBeforeDownRevisions() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"));
        assertThat(graph.topological()).map(RevisionNode::id).containsExactly("a1", "a2", "b1", "b2");
        assertThat(graph.dependencies("b2")).containsExactly("a2");
    }

    @Test
    void aRevisionOnlyDependedOnIsAnEffectiveHead() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("n1"), rev("n2", "n1").withDependsOn("a2"));
        assertThat(graph.heads()).containsExactly("a2", "n2");
        assertThat(graph.heads(true)).containsExactly("n2");
        assertThat(graph.resolve("heads", List.of())).containsExactly("n2");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        RevisionGraph graph = graph(rev("a1").withBranchLabels("account"), rev("n1").withDependsOn("account"));
        assertThat(graph.dependencies("n1")).containsExactly("a1");
        assertThat(graph.bases()).containsExactly("a1", "n1");
    }

    @Test
    void labelsSpreadToDescendantsAndDownToTheBranchPoint() {
        RevisionGraph graph = graph(rev("r"), rev("x", "r"), rev("c1", "r"), rev("c2", "c1"),
                rev("c3", "c2").withBranchLabels("cart"), rev("c4", "c3"), rev("c5", "c4"), rev("c5b", "c4"));
        assertThat(graph.branchLabels("c3")).containsExactly("cart");
        assertThat(graph.branchLabels("c5")).containsExactly("cart");
        assertThat(graph.branchLabels("c5b")).containsExactly("cart");
        assertThat(graph.branchLabels("c1")).containsExactly("cart");
        assertThat(graph.branchLabels("r")).isEmpty();
        assertThat(graph.branchLabels("x")).isEmpty();
    }

    @Test
    void labelsStopAtMergePointsAndAMergeInheritsBoth() {
        RevisionGraph graph = graph(rev("a1"), rev("b1"), rev("m", "a1", "b1"), rev("n", "m").withBranchLabels("net"),
                rev("p", "m").withBranchLabels("pay"), rev("q", "n", "p"));
        assertThat(graph.branchLabels("m")).isEmpty();
        assertThat(graph.branchLabels("q")).containsExactly("net", "pay");
    }

    @Test
    void labelOnABaseLabelsItsWholeLine() {
        RevisionGraph graph = graph(rev("n1").withBranchLabels("networking"), rev("n2", "n1"), rev("n3", "n2"), rev("a1"));
        assertThat(graph.branchLabels("n3")).containsExactly("networking");
        assertThat(graph.branchLabels("a1")).isEmpty();
    }

    @Test
    void severalRootsEachAreBases() {
        RevisionGraph graph = graph(rev("a1"), rev("b1"), rev("c1"), rev("c2", "c1"));
        assertThat(graph.bases()).containsExactly("a1", "b1", "c1");
        assertThat(graph.heads()).containsExactly("a1", "b1", "c2");
        assertThat(graph.branchPoints()).isEmpty();
    }

    @Test
    void emptyGraph() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertThat(graph.heads()).isEmpty();
        assertThat(graph.upgrade(List.of(), "head").steps()).isEmpty();
        assertThat(graph.upgrade(List.of(), "heads").steps()).isEmpty();
        assertThat(graph.history(null, List.of())).isEmpty();
    }

    @Test
    void numericIdsAreValid() {
        RevisionGraph graph = graph(rev("001"), rev("002", "001"), rev("003", "002"));
        assertThat(graph.resolve("002", List.of())).containsExactly("002");
        assertThat(graph.heads()).containsExactly("003");
    }
}
