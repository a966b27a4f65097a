package io.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.RetortFleet;
import io.retort.graph.RevisionGraph;
import io.retort.testing.SmartemFacts;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database per facility: SmartEM's revisions brought to head on 20 databases, eight at a time. */
class FleetDatabasesTest {
    static final int DATABASES = 20;
    static final List<TestDatabase> facilities = new ArrayList<>();
    static TestDatabase reference;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() {
        reference = TestDatabase.create(FleetDatabasesTest.class);
        for (int i = 0; i < DATABASES; i++) {
            facilities.add(TestDatabase.create(FleetDatabasesTest.class));
        }
    }

    @AfterAll
    static void tearDown() {
        facilities.forEach(TestDatabase::close);
        reference.close();
    }

    @Test
    void everyDatabaseReachesSmartemsHeadWithTheCatalogOfASingleUpgrade() throws Exception {
        StringBuilder fleetTable = new StringBuilder("[fleet]\n");
        for (int i = 0; i < DATABASES; i++) {
            fleetTable.append("[fleet.targets.facility-").append(String.format("%02d", i)).append("]\nurl = \"")
                    .append(facilities.get(i).url()).append("\"\n");
        }
        Path config = FleetProject.write(project, SmartemFacts.versions(), reference.url(), fleetTable.toString());
        // The single-database upgrade to compare with; it also compiles the revisions once for the fleet.
        Retort single = Retort.fromConfig(config, null, null, Map.of()).log(line -> { }).build();
        single.upgrade("head");
        RevisionGraph graph = single.graph();

        RetortFleet fleet = FleetProject.fleet(config);
        FleetReport report = fleet.upgrade("head", new FleetOptions(8, Optional.empty(), 0, 0), false, line -> { });

        assertThat(report.failed()).isEmpty();
        assertThat(report.with(TargetOutcome.Result.DONE)).hasSize(DATABASES)
                .allMatch(o -> o.from().isEmpty() && o.to().equals(graph.heads()));
        List<String> expected = FleetProject.catalog(reference.url(), "public");
        assertThat(expected).isNotEmpty();
        for (TestDatabase facility : facilities) {
            assertThat(FleetProject.catalog(facility.url(), "public")).as(facility.name()).isEqualTo(expected);
        }
        assertThat(fleet.status(new FleetOptions(8, Optional.empty(), 0, 0)))
                .hasSize(DATABASES).allMatch(r -> !r.behind() && r.current().equals(graph.heads()));
    }
}
