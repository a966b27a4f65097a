package io.retort.graph;

import static io.retort.graph.Fixtures.describe;
import static io.retort.graph.Fixtures.graph;
import static io.retort.graph.Fixtures.linear;
import static io.retort.graph.Fixtures.replay;
import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.graph.VersionChange.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeDowngradeTest {

    /** r -> a1 -> a2, r -> b1 -> b2, m merges a2 and b2. */
    private final RevisionGraph diamond = graph(rev("r"), rev("a1", "r"), rev("a2", "a1"), rev("b1", "r"),
            rev("b2", "b1"), rev("m", "a2", "b2").withMessage("merge"));

    @Test
    void linearUpgradeFromBase() {
        RevisionGraph graph = linear(3);
        MigrationPlan plan = graph.upgrade(List.of(), "head");
        assertThat(plan.revisionIds()).containsExactly("a1", "a2", "a3");
        assertThat(plan.steps().get(0).versionChange()).isEqualTo(VersionChange.insert("a1"));
        assertThat(plan.steps().get(1).versionChange().updates()).containsExactly(new Update("a1", "a2"));
        assertThat(plan.headsBefore()).isEmpty();
        assertThat(plan.headsAfter()).containsExactly("a3");
        replay(graph, plan);
    }

    @Test
    void upgradeFromTheMiddleAndToAnAppliedTargetIsANoOp() {
        RevisionGraph graph = linear(4);
        assertThat(graph.upgrade(List.of("a2"), "head").revisionIds()).containsExactly("a3", "a4");
        MigrationPlan none = graph.upgrade(List.of("a3"), "a2");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.headsAfter()).containsExactly("a3");
    }

    @Test
    void describeMatchesAlembicLogLines() {
        RevisionGraph graph = graph(rev("a1").withMessage("create account table"), rev("a2", "a1"),
                rev("b1", "a1"), rev("m", "a2", "b1").withMessage("merge"));
        assertThat(describe(graph.upgrade(List.of(), "m"))).containsExactly(
                "Running upgrade  -> a1, create account table",
                "Running upgrade a1 -> a2",
                "Running upgrade a1 -> b1",
                "Running upgrade a2, b1 -> m, merge");
        assertThat(describe(graph.downgrade(List.of("m"), "base"))).containsExactly(
                "Running downgrade m -> a2, b1, merge",
                "Running downgrade b1 -> a1",
                "Running downgrade a2 -> a1",
                "Running downgrade a1 -> , create account table");
    }

    @Test
    void mergeDeletesOneRowAndUpdatesTheLastParent() {
        MigrationPlan plan = diamond.upgrade(List.of(), "head");
        assertThat(plan.revisionIds()).containsExactly("r", "a1", "a2", "b1", "b2", "m");
        assertThat(plan.steps().get(3).versionChange()).isEqualTo(VersionChange.insert("b1"));
        assertThat(plan.steps().get(5).versionChange())
                .isEqualTo(new VersionChange(List.of("a2"), List.of(new Update("b2", "m")), List.of()));
        assertThat(replay(diamond, plan)).containsExactly("m");
    }

    @Test
    void upgradeFromOneBranchRunsTheOtherBeforeTheMerge() {
        MigrationPlan plan = diamond.upgrade(List.of("b2"), "m");
        assertThat(plan.revisionIds()).containsExactly("a1", "a2", "m");
        assertThat(plan.steps().get(0).versionChange()).isEqualTo(VersionChange.insert("a1"));
        replay(diamond, plan);
    }

    @Test
    void upgradeHeadsRunsEveryHeadInCanonicalOrder() {
        RevisionGraph graph = graph(rev("r"), rev("b1", "r"), rev("a1", "r"), rev("n1"));
        MigrationPlan plan = graph.upgrade(List.of(), "heads");
        assertThat(plan.revisionIds()).containsExactly("r", "a1", "b1", "n1");
        assertThat(plan.headsAfter()).containsExactly("a1", "b1", "n1");
        replay(graph, plan);
    }

    @Test
    void unmergeOnDowngradeUpdatesAndInserts() {
        MigrationPlan plan = diamond.downgrade(List.of("m"), "a2");
        assertThat(plan.revisionIds()).containsExactly("m");
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of(), List.of(new Update("m", "b2")), List.of("a2")));
        assertThat(replay(diamond, plan)).containsExactlyInAnyOrder("a2", "b2");
        MigrationPlan further = diamond.downgrade(plan.headsAfter(), "b1");
        assertThat(further.revisionIds()).containsExactly("b2");
        assertThat(replay(diamond, further)).containsExactlyInAnyOrder("a2", "b1");
    }

    @Test
    void downgradeToBaseDeletesTheLastRow() {
        MigrationPlan plan = diamond.downgrade(List.of("m"), "base");
        assertThat(plan.revisionIds()).containsExactly("m", "b2", "b1", "a2", "a1", "r");
        assertThat(plan.steps().get(5).versionChange()).isEqualTo(VersionChange.delete("r"));
        assertThat(plan.headsAfter()).isEmpty();
        replay(diamond, plan);
    }

    @Test
    void downgradeIsTheMirrorOfUpgrade() {
        MigrationPlan up = diamond.upgrade(List.of(), "heads");
        MigrationPlan down = diamond.downgrade(up.headsAfter(), "base");
        assertThat(down.revisionIds()).containsExactlyElementsOf(reversed(up.revisionIds()));
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void downgradeLeavesSiblingBranchesAlone() {
        RevisionGraph graph = graph(rev("r"), rev("a1", "r"), rev("a2", "a1"), rev("b1", "r"), rev("b2", "b1"));
        MigrationPlan plan = graph.downgrade(List.of("a2", "b2"), "a1");
        assertThat(plan.revisionIds()).containsExactly("a2");
        assertThat(plan.headsAfter()).containsExactly("a1", "b2");
        replay(graph, plan);
        MigrationPlan branchPoint = graph.downgrade(List.of("a2", "b2"), "r");
        assertThat(branchPoint.revisionIds()).containsExactly("b2", "b1", "a2", "a1");
        assertThat(replay(graph, branchPoint)).containsExactly("r");
    }

    @Test
    void relativeDowngradeStepsDownOneBranch() {
        RevisionGraph graph = graph(rev("r"), rev("a1", "r").withBranchLabels("a"), rev("b1", "r").withBranchLabels("b"));
        MigrationPlan plan = graph.downgrade(List.of("a1", "b1"), "b@-1");
        assertThat(plan.revisionIds()).containsExactly("b1");
        assertThat(plan.steps().get(0).versionChange()).isEqualTo(VersionChange.delete("b1"));
        assertThat(replay(graph, plan)).containsExactly("a1");
        assertThat(graph.downgrade(List.of("a1", "b1"), "a1-1").revisionIds()).containsExactly("a1");
        MigrationPlan last = graph.downgrade(List.of("r"), "-1");
        assertThat(last.revisionIds()).containsExactly("r");
        assertThat(last.headsAfter()).isEmpty();
    }

    @Test
    void relativeDowngradeToBaseKeepsOtherRoots() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("n1"));
        MigrationPlan plan = graph.downgrade(List.of("a2", "n1"), "a2-2");
        assertThat(plan.revisionIds()).containsExactly("a2", "a1");
        assertThat(replay(graph, plan)).containsExactly("n1");
    }

    @Test
    void downgradeErrors() {
        assertThatThrownBy(() -> diamond.downgrade(List.of("a1"), "b2"))
                .isInstanceOf(GraphException.class)
                .hasMessage("Downgrade target 'b2' is not below the current revision(s) (a1); nothing to remove. "
                        + "Use `retort upgrade` to go up, or `retort current` to see where the database is");
        assertThatThrownBy(() -> diamond.downgrade(List.of("m"), "-1"))
                .hasMessageContaining("m is a merge point of a2, b2");
        assertThatThrownBy(() -> diamond.downgrade(List.of("a2", "b2"), "-1"))
                .hasMessageContaining("several heads (a2, b2)").hasMessageContaining("a2-1 or b2-1");
        assertThatThrownBy(() -> diamond.downgrade(List.of("a2"), "+1"))
                .hasMessageStartingWith("Downgrade target '+1' goes up");
        assertThatThrownBy(() -> graph(rev("a"), rev("b")).downgrade(List.of("a", "b"), "heads"))
                .hasMessageContaining("names several revisions (a, b)");
        assertThat(diamond.downgrade(List.of("a2"), "a2").isEmpty()).isTrue();
        assertThat(diamond.downgrade(List.of(), "base").isEmpty()).isTrue();
    }

    @Test
    void upgradeErrors() {
        assertThatThrownBy(() -> diamond.upgrade(List.of("a2"), "-1"))
                .hasMessage("Upgrade target '-1' goes down; use `retort downgrade -1`");
        assertThatThrownBy(() -> graph(rev("a"), rev("b")).upgrade(List.of(), "head"))
                .hasMessageStartingWith("'head' is ambiguous: there are 2 heads (a, b)");
    }

    @Test
    void relativeUpgrade() {
        RevisionGraph graph = linear(5);
        assertThat(graph.upgrade(List.of("a2"), "+2").revisionIds()).containsExactly("a3", "a4");
        assertThat(graph.upgrade(List.of(), "+1").revisionIds()).containsExactly("a1");
        assertThat(graph.upgrade(List.of(), "head-3").revisionIds()).containsExactly("a1", "a2");
    }

    @Test
    void dependenciesAreAppliedFirstAndTheirRowIsTakenOver() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("n1"), rev("n2", "n1").withDependsOn("a2"));
        MigrationPlan plan = graph.upgrade(List.of(), "n2");
        assertThat(plan.revisionIds()).containsExactly("a1", "a2", "n1", "n2");
        assertThat(plan.steps().get(2).versionChange()).isEqualTo(VersionChange.insert("n1"));
        assertThat(plan.steps().get(3).versionChange())
                .isEqualTo(new VersionChange(List.of("n1"), List.of(new Update("a2", "n2")), List.of()));
        assertThat(replay(graph, plan)).containsExactly("n2");
        assertThat(describe(plan).get(3)).isEqualTo("Running upgrade n1 -> n2");
    }

    @Test
    void dependencyOrderPrefersDependenciesOverDownRevisions() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1").withDependsOn("b1"), rev("b1"));
        assertThat(graph.upgrade(List.of(), "a2").revisionIds()).containsExactly("b1", "a1", "a2");
    }

    @Test
    void downgradingADependencyRemovesItsDependents() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("n1"), rev("n2", "n1").withDependsOn("a2"));
        MigrationPlan plan = graph.downgrade(List.of("n2"), "a1");
        assertThat(plan.revisionIds()).containsExactly("n2", "a2");
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of(), List.of(new Update("n2", "a2")), List.of("n1")));
        assertThat(replay(graph, plan)).containsExactlyInAnyOrder("a1", "n1");
    }

    @Test
    void aDependencyOnAnOlderRevisionOfAnAppliedBranchOnlyUpdates() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("n1"), rev("n2", "n1").withDependsOn("a1"));
        MigrationPlan plan = graph.upgrade(List.of("a2", "n1"), "n2");
        assertThat(plan.steps().get(0).versionChange().updates()).containsExactly(new Update("n1", "n2"));
        replay(graph, plan);
        MigrationPlan down = graph.downgrade(plan.headsAfter(), "n1");
        assertThat(down.steps().get(0).versionChange().updates()).containsExactly(new Update("n2", "n1"));
        replay(graph, down);
    }

    @Test
    void offlineRangesStartFromBaseOrAnySymbol() {
        RevisionGraph graph = linear(4);
        assertThat(graph.upgrade(List.of("base"), "a2").revisionIds()).containsExactly("a1", "a2");
        assertThat(graph.upgrade(List.of("a2"), "head").revisionIds()).containsExactly("a3", "a4");
        RevisionGraph hex = graph(rev("1975ea83b712"), rev("ae1027a6acf", "1975ea83b712"), rev("c0ffee", "ae1027a6acf"));
        assertThat(hex.upgrade(List.of("1975"), "head").revisionIds()).containsExactly("ae1027a6acf", "c0ffee");
    }

    @Test
    void badVersionTables() {
        assertThatThrownBy(() -> diamond.upgrade(List.of("gone"), "head"))
                .isInstanceOf(GraphException.class)
                .hasMessage("The version table (or range start) names revision 'gone', which no revision file "
                        + "declares; restore the file, or fix the table with `retort stamp --purge <revision>`");
        assertThatThrownBy(() -> graph(rev("a"), rev("b")).upgrade(List.of("head"), "heads"))
                .hasMessageStartingWith("'head' is ambiguous");
        assertThatThrownBy(() -> diamond.upgrade(List.of("a1", "a2"), "head"))
                .hasMessageStartingWith("The version table lists both a1 and a2, which builds on it");
    }

    @Test
    void independentBranchesStayContiguousAndTheOrderIsStable() {
        RevisionGraph graph = graph(rev("r"), rev("x1", "r"), rev("x2", "x1"), rev("y1", "r"), rev("y2", "y1"),
                rev("z", "y2", "x2"));
        assertThat(graph.upgrade(List.of(), "z").revisionIds()).containsExactly("r", "y1", "y2", "x1", "x2", "z");
        assertThat(graph.upgrade(List.of(), "heads").revisionIds()).containsExactly("r", "y1", "y2", "x1", "x2", "z");
    }

    @Test
    void mergeOfThreeBranches() {
        RevisionGraph graph = graph(rev("r"), rev("a", "r"), rev("b", "r"), rev("c", "r"), rev("m", "a", "b", "c"));
        MigrationPlan up = graph.upgrade(List.of(), "m");
        assertThat(up.steps().get(4).versionChange())
                .isEqualTo(new VersionChange(List.of("a", "b"), List.of(new Update("c", "m")), List.of()));
        replay(graph, up);
        MigrationPlan down = graph.downgrade(List.of("m"), "r");
        assertThat(down.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of(), List.of(new Update("m", "c")), List.of("a", "b")));
        replay(graph, down);
    }
}
