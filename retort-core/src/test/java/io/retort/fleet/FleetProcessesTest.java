package io.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.RetortFleet;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fleet runs in processes of their own: one killed with SIGKILL part-way, and three shards at once. */
class FleetProcessesTest {
    static final int TENANTS = 30;
    static final Pattern DONE = Pattern.compile("\\[\\d+/\\d+] (s\\d{3}): base -> r3 in .*");
    TestDatabase db;
    @TempDir Path project;
    Path config;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create(FleetProcessesTest.class);
        FleetProject.schemas(db.name(), "s", TENANTS);
        Path versions = project.resolve("versions");
        String previous = null;
        for (int i = 1; i <= 3; i++) {
            // A pause in each revision, so that a kill finds targets in the middle of their transaction.
            RevisionFiles.write(versions, "r" + i, previous == null ? new String[0] : new String[] {previous},
                    "op.execute(\"CREATE TABLE t_r" + i + " (id integer)\"); op.execute(\"SELECT pg_sleep(0.03)\");",
                    "op.execute(\"DROP TABLE t_r" + i + "\");");
            previous = "r" + i;
        }
        config = FleetProject.write(project, versions, db.url(), "[fleet]\nschemas = \"s%\"\n");
        // Compile once, so the processes race for the databases, not the compiler.
        io.retort.Retort.fromConfig(config, null, null, java.util.Map.of()).build().upgradeSql("base:head");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aRunKilledPartWayIsFinishedByTheNextRunWhichSaysSoAndAppliesEachRevisionOncePerTarget() throws Exception {
        Process p = FleetProcess.start(config, 4, "-", 10);
        List<String> before = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("HALTED"); line = out.readLine()) {
                before.add(line);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, connections cut mid-transaction
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(before).filteredOn(l -> DONE.matcher(l).matches()).hasSize(10);

        List<String> lines = new ArrayList<>();
        RetortFleet fleet = FleetProject.fleet(config);
        FleetReport rerun = fleet.upgrade("head", new FleetOptions(4, java.util.Optional.empty(), 0, 0), false, lines::add);

        assertThat(rerun.failed()).isEmpty();
        assertThat(rerun.resumed()).isPresent();
        assertThat(lines.get(0)).contains("stopped before its end; this run does what is left");
        assertThat(rerun.with(TargetOutcome.Result.UNCHANGED)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rerun.with(TargetOutcome.Result.DONE)).hasSize(TENANTS - rerun.with(TargetOutcome.Result.UNCHANGED).size());
        for (int i = 0; i < TENANTS; i++) {
            String schema = "s" + String.format("%03d", i);
            assertThat(FleetProject.historyCounts(db.url(), schema)).as(schema).containsExactly("r1=1", "r2=1", "r3=1");
        }
        assertThat(fleet.status(FleetOptions.serial())).allMatch(r -> !r.behind());
    }

    @Test
    void threeShardsRunAtOnceCoverEveryTargetExactlyOnce() throws Exception {
        List<Process> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shards.add(FleetProcess.start(config, 2, i + "/3", 0));
        }
        List<String> upgraded = new ArrayList<>();
        for (Process p : shards) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            for (String line : out.split("\n")) {
                Matcher m = DONE.matcher(line);
                if (m.matches()) {
                    upgraded.add(m.group(1));
                }
            }
        }
        assertThat(upgraded).hasSize(TENANTS);
        Set<String> distinct = new HashSet<>(upgraded);
        assertThat(distinct).hasSize(TENANTS);
        for (int i = 0; i < TENANTS; i++) {
            String schema = "s" + String.format("%03d", i);
            assertThat(FleetProject.historyCounts(db.url(), schema)).as(schema).containsExactly("r1=1", "r2=1", "r3=1");
        }
    }
}
