package io.retort.graph;

import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeGraphTest {
    private static final int SIZE = 10_000;

    private static List<RevisionNode> chain(String prefix, int size) {
        List<RevisionNode> nodes = new ArrayList<>(size);
        nodes.add(rev(prefix + 0));
        for (int i = 1; i < size; i++) {
            nodes.add(rev(prefix + i, prefix + (i - 1)));
        }
        return nodes;
    }

    @Test
    void tenThousandLinearRevisionsBuildAndPlanWellUnder100ms() {
        List<RevisionNode> nodes = chain("r", SIZE);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 15; run++) { // best of several: the build machine is shared
            long start = System.nanoTime();
            MigrationPlan plan = RevisionGraph.of(nodes).upgrade(List.of(), "head");
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            assertThat(plan.steps()).hasSize(SIZE);
            assertThat(plan.headsAfter()).containsExactly("r" + (SIZE - 1));
        }
        assertThat(best).as("of() + upgrade(head) in ms").isLessThan(100);
    }

    @Test
    void deepChainsNeedNoRecursion() {
        RevisionGraph graph = RevisionGraph.of(chain("r", SIZE));
        MigrationPlan down = graph.downgrade(List.of("r" + (SIZE - 1)), "base");
        assertThat(down.steps()).hasSize(SIZE);
        assertThat(down.headsAfter()).isEmpty();
        assertThat(graph.history(null, List.of())).hasSize(SIZE);
        assertThat(graph.resolve("head-9999", List.of())).containsExactly("r0");
        assertThat(Fixtures.replay(graph, graph.upgrade(List.of("r9900"), "heads")).size()).isEqualTo(1);
    }

    @Test
    void twoLongBranchesDowngradeQuickly() {
        List<RevisionNode> nodes = chain("a", SIZE / 2);
        nodes.addAll(chain("b", SIZE / 2));
        RevisionGraph graph = RevisionGraph.of(nodes);
        long start = System.nanoTime();
        MigrationPlan down = graph.downgrade(List.of("a" + (SIZE / 2 - 1), "b" + (SIZE / 2 - 1)), "base");
        assertThat(down.steps()).hasSize(SIZE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aLongCycleIsReportedNotOverflowed() {
        List<RevisionNode> nodes = chain("r", SIZE);
        nodes.set(0, rev("r0", "r" + (SIZE - 1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevisionGraph.of(nodes))
                .hasMessageStartingWith("Revisions form a cycle: r0 -> r1 -> r2");
    }
}
