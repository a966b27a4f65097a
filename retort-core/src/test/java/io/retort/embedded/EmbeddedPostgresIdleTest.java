package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with no client stops itself after the idle time, and a server whose project is gone is removed. */
class EmbeddedPostgresIdleTest {
    private static final Duration IDLE = Duration.ofSeconds(2);

    private static EmbeddedPostgres server(Path project) {
        return EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withIdleShutdown(IDLE));
    }

    @Test
    void aServerNoOneUsesStopsItselfAndTheNextCommandStartsItAgain(@TempDir Path project) throws Exception {
        EmbeddedPostgres server = server(project);
        try {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort"))) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(ServerProcesses.of(server.dataDir())).isGreaterThan(1); // postgres and its watchdog

            assertThat(ServerProcesses.awaitNone(server.dataDir())).isZero();
            assertThat(server.dataDir().resolve("postmaster.pid")).doesNotExist();

            try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort"))) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            server.reset();
        }
    }

    @Test
    void aConnectedClientKeepsTheServerRunning(@TempDir Path project) throws Exception {
        EmbeddedPostgres server = server(project);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort"))) {
            Thread.sleep(IDLE.multipliedBy(3).toMillis());
            assertThat(c.isValid(2)).isTrue();
        } finally {
            server.reset();
        }
    }

    @Test
    void statusNamesTheIdleShutdown(@TempDir Path project) {
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project,
                EmbeddedSettings.defaults().withIdleShutdown(Duration.ofMinutes(10)));
        try {
            server.jdbcUrl("retort");
            assertThat(server.status().describe("retort")).contains("idle shutdown: after 10m with no client");
        } finally {
            server.reset();
        }
        EmbeddedPostgres never = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withIdleShutdown(Duration.ZERO));
        try {
            never.jdbcUrl("retort");
            assertThat(never.status().describe("retort")).contains("idle shutdown: never");
            assertThat(new IdleWatchdog(never.dataDir()).watchdogProcess()).isEmpty();
        } finally {
            never.reset();
        }
    }

    @Test
    void aServerWhoseProjectIsDeletedIsStoppedAndRemovedByTheNextCommand(@TempDir Path elsewhere) throws Exception {
        Path project = Files.createTempDirectory("retort-orphan-");
        EmbeddedPostgres orphan = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        orphan.jdbcUrl("retort");
        Path data = orphan.dataDir();
        Path real = project.toRealPath();
        assertThat(EmbeddedServers.ofThisUser().list()).anyMatch(s -> s.projectDir().equals(real));

        PathUtils.deleteDirectory(project);
        EmbeddedPostgres other = server(elsewhere);
        try {
            other.status(); // any command that looks at the servers

            assertThat(ServerProcesses.of(data)).isZero();
            assertThat(data).doesNotExist();
            assertThat(ServerLayout.lockFileOf(data)).doesNotExist();
            assertThat(EmbeddedServers.ofThisUser().list()).noneMatch(s -> s.dataDir().equals(data));
        } finally {
            other.reset();
        }
    }
}
