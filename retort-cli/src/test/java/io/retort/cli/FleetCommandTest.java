package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retort fleet: upgrade, status (table and JSON), current, downgrade, stamp, and the mistakes a user can make. */
class FleetCommandTest {
    TestDatabase db;
    @TempDir Path project;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create(FleetCommandTest.class);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA tenant_c");
        }
        Path versions = project.resolve("versions");
        RevisionFiles.table(versions, "r1");
        RevisionFiles.table(versions, "r2", "r1");
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["%s"]
                [fleet]
                schemas = "tenant_%%"
                """.formatted(versions.toString().replace("\\", "/")));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void upgradeStatusCurrentDowngradeAndStampOnEveryTarget() {
        CliRun up = CliRun.in(project, db.url(), "fleet", "upgrade", "--parallel", "2");
        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.out()).containsPattern("\\[\\d/3] tenant_b: base -> r2 in [0-9.]+ s")
                .contains("upgrade head: 3 target(s): 3 done, 0 already there, 0 failed, 0 not started (run ");

        CliRun status = CliRun.in(project, db.url(), "fleet", "status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).containsPattern("tenant_a +r2 +at head +done +[0-9.]+ s")
                .contains("3 target(s): 3 at head, 0 behind or unreachable");
        CliRun json = CliRun.in(project, db.url(), "fleet", "status", "--format", "json");
        assertThat(json.out()).contains("{\"target\": \"tenant_c\", \"current\": [\"r2\"], \"behind\": false, \"error\": null,"
                + " \"last_outcome\": \"done\", \"last_duration_ms\": ");

        CliRun down = CliRun.in(project, db.url(), "fleet", "downgrade", "r1", "--shard", "0/1");
        assertThat(down.exitCode()).as(down.err()).isZero();
        assertThat(CliRun.in(project, db.url(), "fleet", "current").out())
                .isEqualTo("tenant_a: r1\ntenant_b: r1\ntenant_c: r1\n");
        assertThat(CliRun.in(project, db.url(), "fleet", "status").out()).contains("0 at head, 3 behind");

        CliRun stamp = CliRun.in(project, db.url(), "fleet", "stamp", "r2");
        assertThat(stamp.exitCode()).as(stamp.err()).isZero();
        assertThat(CliRun.in(project, db.url(), "fleet", "current").out())
                .isEqualTo("tenant_a: r2\ntenant_b: r2\ntenant_c: r2\n");
    }

    @Test
    void aFailedTargetExitsOneNamingIt() throws Exception {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE tenant_b.t_r2 (id integer)"); // r2 cannot create it there
        }
        CliRun run = CliRun.in(project, db.url(), "fleet", "upgrade", "--max-failures", "5");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("tenant_b: FAILED after").contains("relation \"t_r2\" already exists")
                .contains("2 done, 0 already there, 1 failed, 0 not started").endsWith("; failed: tenant_b\n");
    }

    @Test
    void badOptionsAndAProjectWithoutAFleetAreOneLineErrors() throws Exception {
        assertThat(CliRun.in(project, db.url(), "fleet", "upgrade", "--shard", "3/3").errLines())
                .containsExactly("retort: error: --shard 3/3 is not a shard: give i/M with 0 <= i < M, such as 0/3, 1/3 and 2/3");
        assertThat(CliRun.in(project, db.url(), "fleet", "upgrade", "--shard", "x").errLines())
                .containsExactly("retort: error: --shard 'x' is not a shard: give i/M, such as 0/3 (in a Kubernetes Indexed Job,"
                        + " $(JOB_COMPLETION_INDEX)/M)");
        assertThat(CliRun.in(project, db.url(), "fleet", "upgrade", "--parallel", "0").errLines())
                .containsExactly("retort: error: --parallel 0: give 1 or more targets at once");
        assertThat(CliRun.in(project, db.url(), "fleet", "status", "--format", "xml").errLines())
                .containsExactly("retort: error: --format xml: use table or json");
        Files.writeString(project.resolve("retort.toml"), "[retort]\n");
        CliRun none = CliRun.in(project, db.url(), "fleet", "status");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.errLines()).singleElement().asString().endsWith("retort.toml has no [fleet] table for environment"
                + " 'development': add one listing the targets (see the README's Fleets section)");
    }
}
