package io.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.RetortFleet;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets listed by a query against a control database, which keeps the fleet's ledger. */
class FleetControlTest {
    TestDatabase db;
    @TempDir Path project;
    Path versions;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create(FleetControlTest.class);
        FleetProject.schemas(db.name(), "site_", 3);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE facility (name text, schema text, code text)");
            s.execute("INSERT INTO facility VALUES ('north', 'site_000', 'N'), ('south', 'site_001', 'S'), ('west', 'site_002', 'W')");
        }
        versions = project.resolve("versions");
        RevisionFiles.write(versions, "r1", new String[0], "op.execute(\"CREATE TABLE code (c text)\");"
                        + " op.execute(\"INSERT INTO code VALUES ('\" + op.argument(\"tenant\").orElseThrow() + \"')\");",
                "op.execute(\"DROP TABLE code\");");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theQuerysRowsAreTargetsWithTheirColumnsAsArgumentsAndTheLedgerIsInTheControlDatabase() throws Exception {
        RetortFleet fleet = FleetProject.fleet(FleetProject.write(project, versions, db.url(),
                "[fleet]\nquery = \"SELECT name, schema, code AS tenant FROM public.facility ORDER BY name\"\n"));
        assertThat(fleet.targets()).extracting(FleetTarget::name).containsExactly("north", "south", "west");

        FleetReport report = fleet.upgrade("head", new FleetOptions(2, Optional.empty(), 0, 0), false, line -> { });

        assertThat(report.failed()).isEmpty();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT c FROM site_000.code), (SELECT c FROM site_002.code),"
                        + " (SELECT count(*) FROM retort_fleet_ledger WHERE event = 'target' AND result = 'DONE'),"
                        + " (SELECT count(*) FROM retort_fleet_ledger WHERE event = 'end')")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .containsExactly("N", "W", "3", "1");
        }
        assertThat(fleet.status(FleetOptions.serial())).allMatch(r -> r.last().orElseThrow().result() == TargetOutcome.Result.DONE);
    }

    @Test
    void theControlLedgerNamesARunThatNeverEnded() {
        try (FleetLedger ledger = FleetLedgers.controlTable(new FleetDatabase(db.url(), null, null))) {
            assertThat(ledger.begin("run-1", "upgrade head", 2)).isEmpty();
            ledger.record("run-1", new TargetOutcome("a", TargetOutcome.Result.DONE, List.of(), List.of("r1"), Duration.ofMillis(5), ""));
            assertThat(ledger.begin("run-2", "upgrade head", 2)).contains("run-1");
            ledger.end("run-2", 0);
            assertThat(ledger.begin("run-3", "upgrade head", 2)).isEmpty();
            assertThat(ledger.lastOutcomes().get("a").to()).containsExactly("r1");
        }
    }

    @Test
    void aQueryWithoutNameOrWithoutUrlOrSchemaIsRefusedNamingItsColumns() {
        RetortFleet fleet = FleetProject.fleet(FleetProject.write(project, versions, db.url(),
                "[fleet]\nquery = \"SELECT schema FROM public.facility\"\n"));
        assertThatThrownBy(fleet::targets).isInstanceOf(RetortException.class)
                .hasMessageContaining("returns columns [schema]; it must return name and either url or schema");
    }

    @Test
    void twoTargetsOfOneNameAreRefused() {
        RetortFleet fleet = FleetProject.fleet(FleetProject.write(project, versions, db.url(),
                "[fleet]\nschemas = \"site_%\"\n[fleet.targets.site_001]\nschema = \"site_001\"\n"));
        assertThatThrownBy(fleet::targets).isInstanceOf(RetortException.class)
                .hasMessageContaining("fleet target 'site_001' from schemas = \"site_%\" is named twice");
    }

    @Test
    void anEnvironmentThatAsksForConfirmationRefusesAFleetRunWithoutYesChangingNothing() throws Exception {
        Path config = project.resolve("retort.toml");
        java.nio.file.Files.writeString(config, """
                [retort]
                script_locations = ["%s"]
                default_environment = "production"
                [environments.production]
                url = "%s"
                confirm = true
                [environments.production.fleet]
                schemas = "site_%%"
                """.formatted(versions.toString().replace("\\", "/"), db.url()));
        RetortFleet fleet = RetortFleet.fromConfig(config, null, null, java.util.Map.of(), java.util.Map.of("tenant", "X"));
        assertThatThrownBy(() -> fleet.upgrade("head", FleetOptions.serial(), false, line -> { }))
                .hasMessage("environment 'production' asks for confirmation before 'fleet upgrade head'; check the targets"
                        + " ('retort fleet status'), take backups, then run it again with --yes");
        assertThat(fleet.status(FleetOptions.serial())).allMatch(r -> r.current().isEmpty());
        assertThat(fleet.upgrade("head", FleetOptions.serial(), true, line -> { }).failed()).isEmpty();
    }
}
