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

class StampTest {

    /** r -> a1 -> a2 (label a on a1), r -> b1 -> b2 (label b on b1), n1 -> n2 (label n). */
    private final RevisionGraph graph = graph(rev("r"), rev("a1", "r").withBranchLabels("a"), rev("a2", "a1"),
            rev("b1", "r").withBranchLabels("b"), rev("b2", "b1"), rev("n1").withBranchLabels("n"), rev("n2", "n1"));

    @Test
    void stampAnEmptyTableInserts() {
        MigrationPlan plan = linear(3).stamp(List.of(), List.of("head"), false);
        assertThat(plan.steps()).hasSize(1);
        MigrationStep step = plan.steps().get(0);
        assertThat(step.stamp()).isTrue();
        assertThat(step.revision().id()).isEqualTo("a3");
        assertThat(step.direction()).isEqualTo(Direction.UP);
        assertThat(step.versionChange()).isEqualTo(VersionChange.insert("a3"));
        assertThat(step.describe()).isEqualTo("Running stamp_revision  -> a3");
        assertThat(plan.headsAfter()).containsExactly("a3");
    }

    @Test
    void stampUpAndDownUpdatesTheRow() {
        RevisionGraph line = linear(4);
        MigrationPlan up = line.stamp(List.of("a1"), List.of("a3"), false);
        assertThat(up.steps().get(0).versionChange().updates()).containsExactly(new Update("a1", "a3"));
        assertThat(up.steps().get(0).direction()).isEqualTo(Direction.UP);
        MigrationPlan down = line.stamp(List.of("a4"), List.of("a2"), false);
        assertThat(down.steps().get(0).versionChange().updates()).containsExactly(new Update("a4", "a2"));
        assertThat(down.steps().get(0).direction()).isEqualTo(Direction.DOWN);
        assertThat(describe(down)).containsExactly("Running stamp_revision a4 -> a2");
        replay(line, down);
    }

    @Test
    void stampingWhatIsThereChangesNothing() {
        assertThat(graph.stamp(List.of("a2", "b2"), List.of("a2"), false).isEmpty()).isTrue();
    }

    @Test
    void stampOneBranchKeepsTheOthers() {
        MigrationPlan plan = graph.stamp(List.of("a1", "n2"), List.of("a2"), false);
        assertThat(plan.steps().get(0).versionChange().updates()).containsExactly(new Update("a1", "a2"));
        assertThat(plan.headsAfter()).containsExactly("a2", "n2");
    }

    @Test
    void stampABranchPointBelowTwoRowsMergesThem() {
        MigrationPlan plan = graph.stamp(List.of("a2", "b2"), List.of("r"), false);
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of("a2"), List.of(new Update("b2", "r")), List.of()));
        assertThat(plan.headsAfter()).containsExactly("r");
    }

    @Test
    void severalTargets() {
        MigrationPlan plan = graph.stamp(List.of("a1", "b1"), List.of("a2", "b2", "n1"), false);
        assertThat(plan.steps()).map(MigrationStep::versionChange).containsExactly(
                new VersionChange(List.of(), List.of(new Update("a1", "a2")), List.of()),
                new VersionChange(List.of(), List.of(new Update("b1", "b2")), List.of()),
                VersionChange.insert("n1"));
        assertThat(plan.headsAfter()).containsExactly("a2", "b2", "n1");
        assertThat(graph.stamp(List.of(), List.of("heads"), false).headsAfter()).containsExactly("a2", "b2", "n2");
    }

    @Test
    void targetsImpliedByOthersAddNothingAndOrderDoesNotMatter() {
        MigrationPlan plan = graph.stamp(List.of(), List.of("a2", "a1", "r"), false);
        assertThat(plan.steps()).map(MigrationStep::versionChange).containsExactly(VersionChange.insert("a2"));
        assertThat(graph.stamp(List.of("a2", "b2"), List.of("r", "a1"), false).headsAfter()).containsExactly("a1");
        assertThat(graph.stamp(List.of("a2", "b2"), List.of("a1", "r"), false).headsAfter()).containsExactly("a1");
        MigrationPlan kept = graph.stamp(List.of("a1", "b2"), List.of("a1", "r"), false);
        assertThat(kept.steps()).map(MigrationStep::versionChange)
                .containsExactly(new VersionChange(List.of("b2"), List.of(), List.of()));
        assertThat(replay(graph, kept)).containsExactly("a1");
    }

    @Test
    void stampBaseDeletesRows() {
        MigrationPlan all = graph.stamp(List.of("a2", "n2"), List.of("base"), false);
        assertThat(all.steps()).map(MigrationStep::versionChange)
                .containsExactly(VersionChange.delete("a2"), VersionChange.delete("n2"));
        assertThat(all.headsAfter()).isEmpty();
        MigrationPlan branch = graph.stamp(List.of("a2", "n2"), List.of("n@base"), false);
        assertThat(branch.steps()).map(MigrationStep::versionChange).containsExactly(VersionChange.delete("n2"));
        assertThat(branch.headsAfter()).containsExactly("a2");
    }

    @Test
    void purgeReplacesEverythingEvenUnknownRows() {
        MigrationPlan plan = graph.stamp(List.of("gone", "a1"), List.of("b2"), true);
        assertThat(plan.steps().get(0).revision()).isNull();
        assertThat(plan.steps().get(0).versionChange().deletes()).containsExactly("gone", "a1");
        assertThat(plan.steps().get(1).versionChange()).isEqualTo(VersionChange.insert("b2"));
        assertThat(plan.headsBefore()).containsExactly("gone", "a1");
        assertThat(plan.headsAfter()).containsExactly("b2");
        assertThat(describe(plan)).containsExactly("Running stamp_revision gone, a1 -> ", "Running stamp_revision  -> b2");
        assertThat(replay(graph, plan)).containsExactly("b2");
    }

    @Test
    void stampErrors() {
        assertThatThrownBy(() -> graph.stamp(List.of("gone"), List.of("a1"), false))
                .hasMessageContaining("names revision 'gone'");
        assertThatThrownBy(() -> graph.stamp(List.of(), List.of(), false))
                .hasMessageStartingWith("Stamp needs at least one target");
        assertThatThrownBy(() -> graph.stamp(List.of(), List.of("head"), false))
                .hasMessageStartingWith("'head' is ambiguous");
    }

    @Test
    void stampAcrossADependency() {
        RevisionGraph dependent = graph(rev("a1"), rev("n1"), rev("n2", "n1").withDependsOn("a1"));
        MigrationPlan plan = dependent.stamp(List.of("a1", "n1"), List.of("n2"), false);
        assertThat(plan.steps().get(0).versionChange())
                .isEqualTo(new VersionChange(List.of("a1"), List.of(new Update("n1", "n2")), List.of()));
        assertThat(plan.headsAfter()).containsExactly("n2");
    }
}
