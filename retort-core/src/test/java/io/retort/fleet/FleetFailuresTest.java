package io.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.RetortFleet;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision that fails on some targets by their data: --max-failures and --canary stop the run, the rest untouched. */
class FleetFailuresTest {
    TestDatabase db;
    @TempDir Path project;
    RetortFleet fleet;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create(FleetFailuresTest.class);
        FleetProject.schemas(db.name(), "f", 10);
        Path versions = project.resolve("versions");
        RevisionFiles.write(versions, "r1", new String[0], "op.execute(\"CREATE TABLE reading (v integer)\");",
                "op.execute(\"DROP TABLE reading\");");
        RevisionFiles.write(versions, "r2", new String[] {"r1"},
                "op.execute(\"ALTER TABLE reading ADD CONSTRAINT reading_positive CHECK (v >= 0)\");",
                "op.execute(\"ALTER TABLE reading DROP CONSTRAINT reading_positive\");");
        fleet = FleetProject.fleet(FleetProject.write(project, versions, db.url(), "[fleet]\nschemas = \"f%\"\n"));
        assertThat(fleet.upgrade("r1", FleetOptions.serial(), false, line -> { }).failed()).isEmpty();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void badData(String... schemas) throws Exception {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("INSERT INTO " + schema + ".reading VALUES (-1)");
            }
        }
    }

    private List<String> names(List<TargetOutcome> outcomes) {
        return outcomes.stream().map(TargetOutcome::target).toList();
    }

    @Test
    void moreFailuresThanToleratedStopNewTargetsAndNameEveryFailedOne() throws Exception {
        badData("f001", "f003", "f005");
        List<String> lines = new ArrayList<>();

        FleetReport report = fleet.upgrade("head", new FleetOptions(1, Optional.empty(), 0, 2), false, lines::add);

        assertThat(names(report.failed())).containsExactly("f001", "f003", "f005");
        assertThat(names(report.with(TargetOutcome.Result.DONE))).containsExactly("f000", "f002", "f004");
        assertThat(names(report.with(TargetOutcome.Result.NOT_STARTED))).containsExactly("f006", "f007", "f008", "f009");
        assertThat(report.summary()).endsWith("failed: f001, f003, f005");
        assertThat(lines).anyMatch(l -> l.contains("f003: FAILED after") && l.contains("reading_positive"));
        assertThat(lines).contains("3 target(s) failed, more than --max-failures 2: no other target was started");
        Map<String, List<String>> current = current();
        for (String failedOrUntouched : List.of("f001", "f003", "f005", "f006", "f009")) {
            assertThat(current.get(failedOrUntouched)).as(failedOrUntouched).containsExactly("r1");
        }
        assertThat(current.get("f004")).containsExactly("r2");
    }

    @Test
    void aFailingCanaryStopsTheRunBeforeAnyOtherTarget() throws Exception {
        badData("f000");
        List<String> lines = new ArrayList<>();

        FleetReport report = fleet.upgrade("head", new FleetOptions(4, Optional.empty(), 2, 5), false, lines::add);

        assertThat(names(report.failed())).containsExactly("f000");
        assertThat(lines).contains("a canary failed: no other target is started");
        assertThat(report.with(TargetOutcome.Result.NOT_STARTED)).hasSize(8);
        assertThat(current().values()).allMatch(rows -> rows.equals(List.of("r1")) || rows.equals(List.of("r2")));
        assertThat(current().entrySet()).filteredOn(e -> e.getValue().equals(List.of("r2")))
                .allMatch(e -> e.getKey().equals("f001")); // the other canary, run beside the first, at most
    }

    @Test
    void aRunWithinItsToleranceRunsEveryTarget() throws Exception {
        badData("f004");

        FleetReport report = fleet.upgrade("head", new FleetOptions(3, Optional.empty(), 0, 1), false, line -> { });

        assertThat(names(report.failed())).containsExactly("f004");
        assertThat(report.with(TargetOutcome.Result.DONE)).hasSize(9);
    }

    private Map<String, List<String>> current() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        fleet.status(FleetOptions.serial()).forEach(r -> out.put(r.target(), r.current()));
        return out;
    }
}
