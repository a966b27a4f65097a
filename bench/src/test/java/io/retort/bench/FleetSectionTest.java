package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetSectionTest {
    private static final Machine MACHINE = new Machine(2, "23.5 GiB", "Xeon", "Linux", "PostgreSQL 15", "OpenJDK 17",
            "0.5 0.7 0.9 at the start, 1.5 1.2 1.0 at the end");
    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 12, 3, 2, 40, 0, 0, ZoneOffset.UTC);
    private static final String EARLIER = "# R\n\n## Machine\n\nold machine\n\n" + FleetSection.HEADING + "200 tenant schemas to SmartEM's head\n\nold fleet\n\n"
            + "## Where the time goes\n\nx\n";

    private static FleetSection section() {
        return new FleetSection(10, List.of(
                new FleetTiming.Level(1, 10.0, 6.0, List.of(0.8, 1.0), 4.0),
                new FleetTiming.Level(2, 6.0, 7.0, List.of(1.2, 1.4), 4.8)), "--fleet-only --fleet 10:1,2", DATE, "abc1234", MACHINE);
    }

    @Test
    void theTableShowsWallSpeedUpMeanPerTargetAndTheStatementsShare() {
        String md = section().markdown();

        assertThat(md).startsWith("## Fleet: 10 tenant schemas to SmartEM's head\n\n")
                .contains("`bench/run --fleet-only --fleet 10:1,2` on 2026-12-03 02:40 UTC at commit `abc1234`")
                .contains("load average (1, 5, 15 min) 0.5 0.7 0.9 at the start, 1.5 1.2 1.0 at the end")
                .contains("| 1 | 10.0 | 1.00× | 0.900 | 6.0 | 4.0 | 40% |")
                .contains("| 2 | 6.0 | 1.67× | 1.300 | 7.0 | 4.8 | 40% |")
                .contains("serially the revisions' statements take 40% of the wall time; the other 6.0 s (600 ms a target)")
                .contains("The fastest row is --parallel 2 (1.67× serial) on 2 cores. At --parallel 2 Retort's own process used 1.17 cores on average (its CPU ÷ wall), leaving at most 0.83 "
                        + "for the PostgreSQL server");
    }

    @Test
    void anExistingFleetSectionIsReplacedWhateverItsNumberOfSchemas() {
        String md = section().replaceIn(EARLIER);

        assertThat(md).isEqualTo("# R\n\n## Machine\n\nold machine\n\n" + section().markdown() + "## Where the time goes\n\nx\n")
                .doesNotContain("old fleet");
    }

    @Test
    void anAbsentFleetSectionIsAppended() {
        assertThat(section().replaceIn("# R\n\n## Machine\n\nm\n")).isEqualTo("# R\n\n## Machine\n\nm\n\n" + section().markdown());
    }

    @Test
    void aFullRunWithoutFleetKeepsTheEarlierSectionAndOneWithFleetWritesItsOwn() {
        String full = "# R\n\n## Machine\n\nnew machine\n\n## Where the time goes\n\ny\n";

        assertThat(FleetSection.intoFullReport(full, EARLIER, Optional.empty()))
                .isEqualTo(full + "\n" + FleetSection.HEADING + "200 tenant schemas to SmartEM's head\n\nold fleet\n\n");
        assertThat(FleetSection.intoFullReport(full, EARLIER, Optional.of(section()))).isEqualTo(full + "\n" + section().markdown());
        assertThat(FleetSection.intoFullReport(full, "", Optional.empty())).isEqualTo(full);
    }

    @Test
    void theFleetOptionNamesSchemasAndLevelsOrZero() {
        assertThat(FleetPlan.parse("200:1,2,4,8")).isEqualTo(FleetPlan.DEFAULT);
        assertThat(FleetPlan.parse("0")).isEqualTo(FleetPlan.NONE);
        assertThat(FleetPlan.NONE.measures()).isFalse();
        assertThatThrownBy(() -> FleetPlan.parse("200")).hasMessageContaining("give SCHEMAS:LEVELS");
        assertThatThrownBy(() -> FleetPlan.parse("x:1")).hasMessage("--fleet x:1: give SCHEMAS:LEVELS as numbers, e.g. 200:1,2,4,8");
        assertThatThrownBy(() -> FleetPlan.parse("10:0")).hasMessageContaining("at least 1");
    }

    @Test
    void targetDurationsAreReadFromFleetUpgradesOutput() {
        assertThat(FleetTiming.targetSeconds("tenant_000: upgraded to c4d5 in 0.812 s\ntenant_001: upgraded in 1.2 s\n2 targets upgraded in 3.0 s wall\n"))
                .containsExactly(0.812, 1.2);
    }
}
