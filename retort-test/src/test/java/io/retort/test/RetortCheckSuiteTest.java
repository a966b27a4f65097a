package io.retort.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RetortCheckSuite on fixture classes: one dynamic test per check and per revision, failing where the revisions do. */
class RetortCheckSuiteTest {

    @RetortDatabase(locations = KitFixtures.GOOD)
    static class SoundRevisions implements RetortCheckSuite {}

    @RetortDatabase(locations = KitFixtures.BROKEN)
    static class BrokenDowngrade implements RetortCheckSuite {}

    /** As the README shows it: the suite nested in a class of other tests. */
    static class OtherTests {
        @Test
        void something() {}

        @Nested
        @RetortDatabase(locations = KitFixtures.GOOD)
        class Migrations implements RetortCheckSuite {}
    }

    @Test
    void aNestedSuiteRunsToo() {
        assertThat(outcomes(OtherTests.class)).hasSize(6).allSatisfy(o -> assertThat(o).endsWith(": SUCCESSFUL"));
    }

    @Test
    void soundRevisionsPassEveryCheck() {
        assertThat(outcomes(SoundRevisions.class)).containsExactly(
                "single head: SUCCESSFUL", "upgrade from empty to head: SUCCESSFUL", "up, down, up: a: SUCCESSFUL",
                "up, down, up: b: SUCCESSFUL", "the stairway ends where upgrade from empty does: SUCCESSFUL");
    }

    @Test
    void aDowngradeThatLeavesItsTableFailsThatRevisionsStairAndStopsTheRest() {
        List<String> outcomes = outcomes(BrokenDowngrade.class);

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.subList(0, 3)).containsExactly(
                "single head: SUCCESSFUL", "upgrade from empty to head: SUCCESSFUL", "up, down, up: a: SUCCESSFUL");
        assertThat(outcomes.get(3)).startsWith("up, down, up: b: FAILED revision b, downgrade: ").contains("t_b");
        assertThat(outcomes.get(4)).isEqualTo("the stairway ends where upgrade from empty does: ABORTED Assumption failed: not reached: revision b failed first");
    }

    /** "display name: STATUS message" of each dynamic test, in order. */
    private static List<String> outcomes(Class<?> suite) {
        List<String> out = new ArrayList<>();
        KitFixtures.run(suite, new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            out.add(test.getDisplayName() + ": " + result.getStatus()
                                    + result.getThrowable().map(t -> " " + t.getMessage()).orElse(""));
                        }
                    }

                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        out.add(test.getDisplayName() + ": SKIPPED " + reason);
                    }
                });
        return out;
    }
}
