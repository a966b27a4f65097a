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

/** SmartEM's revisions brought to head, eight at a time, on 20 databases (one per facility) and on 200 tenant schemas of one database. */
class FleetDatabasesTest {
    static final int DATABASES = 20;
    static final List<TestDatabase> facilities = new ArrayList<>();
    static TestDatabase reference;
    static TestDatabase tenants;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() {
        reference = TestDatabase.create(FleetDatabasesTest.class);
        tenants = TestDatabase.create(FleetDatabasesTest.class);
        // Five at a time: making and dropping 20 databases one by one costs more than the fleet run.
        facilities.addAll(fiveAtATime(java.util.stream.IntStream.range(0, DATABASES).boxed().toList(),
                i -> TestDatabase.create(FleetDatabasesTest.class)));
    }

    private static <T, R> List<R> fiveAtATime(List<T> items, java.util.function.Function<T, R> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<R>> futures = items.stream().map(i -> pool.submit(() -> work.apply(i))).toList();
            List<R> out = new ArrayList<>();
            for (java.util.concurrent.Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void tearDown() {
        fiveAtATime(facilities, db -> {
            db.close();
            return db;
        });
        reference.close();
        tenants.close();
    }

    /**
     * SmartEM's revisions name no schema, so they run in tenant schemas as they are: 200 of them,
     * eight at a time, each with the catalog of a single upgrade, and all at head in fleet status.
     */
    @Test
    void smartemsRevisionsBring200TenantSchemasToHeadWithTheCatalogOfASingleUpgrade() throws Exception {
        int tenantCount = 200;
        FleetProject.schemas(tenants.name(), "tenant_", tenantCount);
        Path config = FleetProject.write(project, SmartemFacts.versions(), tenants.url(), "[fleet]\nschemas = \"tenant_%\"\n");
        Retort single = Retort.fromConfig(config, null, null, Map.of()).database(reference.url(), null, null)
                .log(line -> { }).build();
        single.upgrade("head");
        List<String> heads = single.graph().heads();

        RetortFleet fleet = FleetProject.fleet(config);
        FleetReport report = fleet.upgrade("head", new FleetOptions(8, Optional.empty(), 0, 0), false, line -> { });

        assertThat(report.failed()).isEmpty();
        assertThat(report.with(TargetOutcome.Result.DONE)).hasSize(tenantCount);
        List<String> expected = FleetProject.catalog(reference.url(), "public");
        assertThat(expected).isNotEmpty();
        for (int i = 0; i < tenantCount; i++) {
            String schema = String.format("tenant_%03d", i);
            assertThat(FleetProject.catalog(tenants.url(), schema)).as(schema).isEqualTo(expected);
        }
        assertThat(fleet.status(new FleetOptions(8, Optional.empty(), 0, 0)))
                .hasSize(tenantCount).allMatch(r -> !r.behind() && r.current().equals(heads));
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
        single.upgrade("head"); // at head already when the other test ran first
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
