package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes at once, and a process killed in the middle of a migration. */
class ConcurrentRunTest {
    TestDatabase db;
    @TempDir Path project;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(ConcurrentRunTest.class);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void eightProcessesApplyEachRevisionExactlyOnce() throws Exception {
        Path versions = project.resolve("versions");
        String previous = null;
        for (int i = 1; i <= 5; i++) {
            String id = "r" + i;
            RevisionFiles.write(versions, id, previous == null ? new String[0] : new String[] {previous},
                    "op.execute(\"CREATE TABLE t_" + id + " (id integer)\"); op.execute(\"SELECT pg_sleep(0.2)\");",
                    "op.execute(\"DROP TABLE t_" + id + "\");");
            previous = id;
        }
        // Warm the compile cache once, so the race is about the database, not the compiler.
        Path cache = project.resolve(".retort/cache");
        Retort.configure().url(db.url()).scriptLocations(List.of(versions)).cacheDirectory(cache).build().upgradeSql("base:head");

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(UpgradeProcess.start(db.url(), versions, cache));
        }
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
        }
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT revision, count(*) FROM retort_history GROUP BY revision ORDER BY revision")) {
            List<String> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getString(1) + "=" + rs.getInt(2));
            }
            assertThat(counts).containsExactly("r1=1", "r2=1", "r3=1", "r4=1", "r5=1");
        }
    }

    @Test
    void aProcessKilledMidMigrationLeavesADatabaseTheNextRunUpgrades() throws Exception {
        Path versions = project.resolve("versions");
        RevisionFiles.table(versions, "a");
        RevisionFiles.write(versions, "slow", new String[] {"a"},
                "op.execute(\"CREATE TABLE t_slow (id integer)\");"
                        + " if (op.argument(\"sleep\").isPresent()) op.execute(\"SELECT pg_sleep(600)\");",
                "op.execute(\"DROP TABLE t_slow\");");
        Path cache = project.resolve(".retort/cache");
        Process p = UpgradeProcess.start(db.url(), versions, cache, "sleep=yes");
        waitForSleepingMigration();
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);

        Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(versions)).cacheDirectory(cache)
                .lockTimeout(java.time.Duration.ofSeconds(60)).build();
        assertThat(r.current()).isEmpty();
        assertThat(r.upgrade("head")).containsExactly("a", "slow");
        assertThat(r.current()).containsExactly("slow");
    }

    private void waitForSleepingMigration() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = db.connect()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%' AND state = 'active'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the migration never started sleeping");
    }
}
