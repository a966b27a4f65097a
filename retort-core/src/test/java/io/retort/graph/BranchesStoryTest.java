package io.retort.graph;

import static io.retort.graph.Fixtures.describe;
import static io.retort.graph.Fixtures.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.graph.VersionChange.Update;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story of Alembic's "Working with Branches" documentation, step by step. */
class BranchesStoryTest {
    private static final String ACCOUNT = "1975ea83b712";
    private static final String COLUMN = "ae1027a6acf";
    private static final String CART = "27c6a30d7c24";
    private static final String MERGE = "53fffde5ad5";
    private static final String CART_COLUMN = "d747a8a8879";
    private static final String ACCOUNT_COLUMN = "55af2cb1c267";
    private static final String NETWORKING = "3cac04ae8714";
    private static final String IP = "109ec7d132bf";
    private static final String DNS = "29f859a13ea";
    private static final String IP_ACCOUNT = "2a95102259be";
    private static final String MORE_ACCOUNT = "34e094ad6ef1";

    private static RevisionNode node(String id, String message, String... downs) {
        return RevisionNode.of(id, downs).withMessage(message).withOrigin("versions/" + id + ".java");
    }

    private static List<RevisionNode> branched() {
        return new ArrayList<>(List.of(node(ACCOUNT, "create account table"),
                node(COLUMN, "add a column", ACCOUNT), node(CART, "add shopping cart table", ACCOUNT)));
    }

    @Test
    void aSourceMergeBranchHasTwoHeads() {
        RevisionGraph graph = RevisionGraph.of(branched());
        assertThat(graph.branchPoints()).containsExactly(ACCOUNT);
        assertThat(graph.heads()).containsExactlyInAnyOrder(COLUMN, CART);
        assertThatThrownBy(() -> graph.upgrade(List.of(), "head"))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("there are 2 heads").hasMessageContaining("`retort merge`");
    }

    @Test
    void mergingAndUpgradingEmitsTheDocumentedVersionTableChanges() {
        List<RevisionNode> nodes = branched();
        nodes.add(node(MERGE, "merge ae1 and 27c", COLUMN, CART));
        RevisionGraph graph = RevisionGraph.of(nodes);
        assertThat(graph.heads()).containsExactly(MERGE);
        assertThat(graph.mergePoints()).containsExactly(MERGE);

        MigrationPlan plan = graph.upgrade(List.of(), "head");
        assertThat(describe(plan)).containsExactly(
                "Running upgrade  -> 1975ea83b712, create account table",
                "Running upgrade 1975ea83b712 -> ae1027a6acf, add a column",
                "Running upgrade 1975ea83b712 -> 27c6a30d7c24, add shopping cart table",
                "Running upgrade ae1027a6acf, 27c6a30d7c24 -> 53fffde5ad5, merge ae1 and 27c");
        assertThat(plan.steps()).map(MigrationStep::versionChange).containsExactly(
                VersionChange.insert(ACCOUNT),
                new VersionChange(List.of(), List.of(new Update(ACCOUNT, COLUMN)), List.of()),
                VersionChange.insert(CART),
                new VersionChange(List.of(COLUMN), List.of(new Update(CART, MERGE)), List.of()));
        assertThat(replay(graph, plan)).containsExactly(MERGE);
    }

    @Test
    void upgradingHeadsThenSteppingDownOneBranchAtATime() {
        RevisionGraph graph = RevisionGraph.of(branched());
        MigrationPlan up = graph.upgrade(List.of(), "heads");
        assertThat(up.revisionIds()).containsExactly(ACCOUNT, CART, COLUMN);
        assertThat(replay(graph, up)).containsExactlyInAnyOrder(COLUMN, CART);

        assertThatThrownBy(() -> graph.downgrade(up.headsAfter(), "-1"))
                .hasMessageContaining("several heads (27c6a30d7c24, ae1027a6acf)");
        MigrationPlan first = graph.downgrade(up.headsAfter(), "ae10-1");
        assertThat(describe(first)).containsExactly("Running downgrade ae1027a6acf -> 1975ea83b712, add a column");
        assertThat(first.steps().get(0).versionChange()).isEqualTo(VersionChange.delete(COLUMN));
        assertThat(first.headsAfter()).containsExactly(CART);

        MigrationPlan second = graph.downgrade(first.headsAfter(), "-1");
        assertThat(describe(second)).containsExactly("Running downgrade 27c6a30d7c24 -> 1975ea83b712, add shopping cart table");
        assertThat(second.headsAfter()).containsExactly(ACCOUNT);

        MigrationPlan third = graph.downgrade(second.headsAfter(), "-1");
        assertThat(describe(third)).containsExactly("Running downgrade 1975ea83b712 -> , create account table");
        assertThat(third.headsAfter()).isEmpty();
    }

    @Test
    void upgradingToASpecificVersionLeavesSiblingsOut() {
        RevisionGraph graph = RevisionGraph.of(branched());
        MigrationPlan cart = graph.upgrade(List.of(), "27c6a");
        assertThat(cart.revisionIds()).containsExactly(ACCOUNT, CART);
        MigrationPlan column = graph.upgrade(cart.headsAfter(), "ae102");
        assertThat(describe(column)).containsExactly("Running upgrade 1975ea83b712 -> ae1027a6acf, add a column");
        assertThat(column.steps().get(0).versionChange()).isEqualTo(VersionChange.insert(COLUMN));
    }

    private static List<RevisionNode> labelled() {
        List<RevisionNode> nodes = new ArrayList<>(List.of(node(ACCOUNT, "create account table"),
                node(COLUMN, "add a column", ACCOUNT),
                node(CART, "add shopping cart table", ACCOUNT).withBranchLabels("shoppingcart"),
                node(CART_COLUMN, "add a shopping cart column", CART),
                node(ACCOUNT_COLUMN, "add another account column", COLUMN),
                node(NETWORKING, "create networking branch").withBranchLabels("networking"),
                node(IP, "add ip number table", NETWORKING),
                node(DNS, "add DNS table", IP),
                node(IP_ACCOUNT, "add ip account table", DNS).withDependsOn(ACCOUNT_COLUMN)));
        return nodes;
    }

    @Test
    void branchLabels() {
        RevisionGraph graph = RevisionGraph.of(labelled());
        assertThat(graph.branchLabels(CART)).containsExactly("shoppingcart");
        assertThat(graph.branchLabels(CART_COLUMN)).containsExactly("shoppingcart");
        assertThat(graph.branchLabels(ACCOUNT)).isEmpty();
        assertThat(graph.branchLabels(DNS)).containsExactly("networking");
        assertThat(graph.resolve("shoppingcart", List.of())).containsExactly(CART);
        assertThat(graph.resolve("shoppingcart@head", List.of())).containsExactly(CART_COLUMN);
        assertThat(graph.resolve("ae10@head", List.of())).containsExactly(ACCOUNT_COLUMN);
        assertThat(describe(graph.upgrade(List.of(ACCOUNT), "shoppingcart@head"))).containsExactly(
                "Running upgrade 1975ea83b712 -> 27c6a30d7c24, add shopping cart table",
                "Running upgrade 27c6a30d7c24 -> d747a8a8879, add a shopping cart column");
        assertThat(graph.upgrade(List.of(COLUMN), "shoppingcart@+1").revisionIds()).containsExactly(CART);
    }

    @Test
    void historyOfABranch() {
        RevisionGraph graph = RevisionGraph.of(labelled());
        assertThat(ids(graph.history("shoppingcart:", List.of()))).containsExactly(CART_COLUMN, CART);
        assertThat(ids(graph.history(":shoppingcart@head", List.of()))).containsExactly(CART_COLUMN, CART, ACCOUNT);
        assertThat(ids(graph.history("shoppingcart@base:", List.of())))
                .containsExactlyInAnyOrder(ACCOUNT, COLUMN, CART, CART_COLUMN, ACCOUNT_COLUMN);
        assertThat(ids(graph.history("networking@base:", List.of()))).containsExactly(IP_ACCOUNT, DNS, IP, NETWORKING);
        assertThat(ids(graph.history(":networking@head", List.of())))
                .containsExactly(IP_ACCOUNT, DNS, IP, NETWORKING, ACCOUNT_COLUMN, COLUMN, ACCOUNT);
    }

    @Test
    void aDependencyIsAnEffectiveHeadAndItsRowIsTakenOver() {
        RevisionGraph graph = RevisionGraph.of(labelled());
        assertThat(graph.heads()).containsExactlyInAnyOrder(IP_ACCOUNT, CART_COLUMN, ACCOUNT_COLUMN);
        assertThat(graph.heads(true)).containsExactlyInAnyOrder(IP_ACCOUNT, CART_COLUMN);

        MigrationPlan plan = graph.upgrade(List.of(DNS, ACCOUNT_COLUMN, CART_COLUMN), "heads");
        assertThat(describe(plan)).containsExactly("Running upgrade 29f859a13ea -> 2a95102259be, add ip account table");
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of(DNS), List.of(new Update(ACCOUNT_COLUMN, IP_ACCOUNT)), List.of()));
        assertThat(replay(graph, plan)).containsExactlyInAnyOrder(IP_ACCOUNT, CART_COLUMN);

        List<RevisionNode> more = labelled();
        more.add(node(MORE_ACCOUNT, "more account changes", ACCOUNT_COLUMN));
        RevisionGraph grown = RevisionGraph.of(more);
        MigrationPlan next = grown.upgrade(plan.headsAfter(), "heads");
        assertThat(describe(next)).containsExactly("Running upgrade 55af2cb1c267 -> 34e094ad6ef1, more account changes");
        assertThat(next.steps().get(0).versionChange()).isEqualTo(VersionChange.insert(MORE_ACCOUNT));
        assertThat(replay(grown, next)).containsExactlyInAnyOrder(IP_ACCOUNT, CART_COLUMN, MORE_ACCOUNT);
    }

    @Test
    void downgradingABranchFromItsBaseLeavesItsDependenciesInPlace() {
        RevisionGraph graph = RevisionGraph.of(labelled());
        MigrationPlan plan = graph.downgrade(List.of(IP_ACCOUNT, CART_COLUMN), "networking@base");
        assertThat(plan.revisionIds()).containsExactly(IP_ACCOUNT, DNS, IP, NETWORKING);
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of(), List.of(new Update(IP_ACCOUNT, ACCOUNT_COLUMN)), List.of(DNS)));
        assertThat(replay(graph, plan)).containsExactlyInAnyOrder(ACCOUNT_COLUMN, CART_COLUMN);
    }

    @Test
    void upgradingABranchPullsInItsDependencyFirst() {
        RevisionGraph graph = RevisionGraph.of(labelled());
        MigrationPlan plan = graph.upgrade(List.of(), "networking@head");
        assertThat(plan.revisionIds()).containsExactly(ACCOUNT, COLUMN, ACCOUNT_COLUMN, NETWORKING, IP, DNS, IP_ACCOUNT);
        assertThat(replay(graph, plan)).containsExactly(IP_ACCOUNT);
    }

    private static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }
}
