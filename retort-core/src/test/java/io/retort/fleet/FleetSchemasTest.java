package io.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.RetortFleet;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema per tenant: 200 schemas of one database brought to head eight at a time, each as a single upgrade would. */
class FleetSchemasTest {
    static final int TENANTS = 200;
    static TestDatabase db;
    static TestDatabase reference;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.create(FleetSchemasTest.class);
        reference = TestDatabase.create(FleetSchemasTest.class);
        FleetProject.schemas(db.name(), "tenant_", TENANTS);
    }

    @AfterAll
    static void tearDown() {
        db.close();
        reference.close();
    }

    static void tinyChain(Path versions) {
        RevisionFiles.write(versions, "r1", new String[0],
                "op.execute(\"CREATE TABLE account (id bigint PRIMARY KEY, name text NOT NULL)\");",
                "op.execute(\"DROP TABLE account\");");
        RevisionFiles.write(versions, "r2", new String[] {"r1"},
                "op.execute(\"CREATE INDEX account_name ON account (name)\");"
                        + " op.execute(\"ALTER TABLE account ADD COLUMN created timestamptz DEFAULT now()\");",
                "op.execute(\"DROP INDEX account_name\"); op.execute(\"ALTER TABLE account DROP COLUMN created\");");
        RevisionFiles.write(versions, "r3", new String[] {"r2"},
                "op.execute(\"CREATE TABLE tenant (name text)\");"
                        + " op.execute(\"INSERT INTO tenant VALUES ('\" + op.argument(\"schema\").orElseThrow() + \"')\");",
                "op.execute(\"DROP TABLE tenant\");");
    }

    @Test
    void everyTenantReachesHeadWithTheCatalogOfASingleUpgradeAndItsOwnArguments() throws Exception {
        Path versions = project.resolve("versions");
        tinyChain(versions);
        Path config = FleetProject.write(project, versions, db.url(), "[fleet]\nschemas = \"tenant_%\"\n");
        Retort.fromConfig(config, null, null, Map.of()).database(reference.url(), null, null)
                .arguments(Map.of("schema", "public")).log(line -> { }).build().upgrade("head");

        RetortFleet fleet = FleetProject.fleet(config);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        FleetReport report = fleet.upgrade("head", new FleetOptions(8, Optional.empty(), 0, 0), false, lines::add);

        assertThat(report.failed()).isEmpty();
        assertThat(report.with(TargetOutcome.Result.DONE)).hasSize(TENANTS);
        assertThat(lines).filteredOn(l -> l.startsWith("[")).hasSize(TENANTS);
        assertThat(lines).anyMatch(l -> l.matches("\\[\\d+/200] tenant_\\d{3}: base -> r3 in [0-9.]+ s"));
        List<String> expected = FleetProject.catalog(reference.url(), "public");
        for (int i = 0; i < TENANTS; i++) {
            String schema = "tenant_" + String.format("%03d", i);
            assertThat(FleetProject.catalog(db.url(), schema)).as(schema).isEqualTo(expected);
            assertThat(FleetProject.historyCounts(db.url(), schema)).containsExactly("r1=1", "r2=1", "r3=1");
        }
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT name FROM tenant_042.tenant")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("tenant_042");
        }
        try (var c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing in public").isZero();
        }

        List<FleetStatus.Row> status = fleet.status(new FleetOptions(8, Optional.empty(), 0, 0));
        assertThat(status).hasSize(TENANTS).allMatch(r -> !r.behind() && r.current().equals(List.of("r3"))
                && r.last().orElseThrow().result() == TargetOutcome.Result.DONE);
        assertThat(FleetStatus.table(status)).contains("200 target(s): 200 at head, 0 behind");
        assertThat(FleetStatus.json(status)).contains("{\"target\": \"tenant_000\", \"current\": [\"r3\"], \"behind\": false");

        FleetReport again = fleet.upgrade("head", new FleetOptions(8, Optional.empty(), 0, 0), false, line -> { });
        assertThat(again.with(TargetOutcome.Result.UNCHANGED)).hasSize(TENANTS);
        assertThat(again.resumed()).isEmpty();
    }
}
