package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One embedded server, shared by the tests of this class. */
class EmbeddedPostgresTest {
    @TempDir
    static Path project;

    static EmbeddedPostgres server;
    static String url;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        url = server.jdbcUrl("retort");
    }

    @AfterAll
    static void reset() {
        server.reset();
    }

    @Test
    void servesTheDatabaseAsPostgresOnLoopback() throws Exception {
        assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/retort\\?user=postgres&password=[A-Za-z0-9_-]{32}");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE greeting (id int PRIMARY KEY, text varchar(20))");
            s.execute("INSERT INTO greeting VALUES (1, 'hello')");
            try (ResultSet rs = s.executeQuery("SELECT current_user, current_database(), text FROM greeting")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("postgres");
                assertThat(rs.getString(2)).isEqualTo("retort");
                assertThat(rs.getString(3)).isEqualTo("hello");
            }
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("15.");
            }
        }
    }

    @Test
    void anotherInstanceForTheSameProjectReusesTheServer() {
        EmbeddedPostgres.Status before = server.status();
        EmbeddedPostgres again = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());

        assertThat(again.jdbcUrl("retort")).isEqualTo(url);
        assertThat(again.status()).isEqualTo(before);
        assertThat(before.running()).isTrue();
        assertThat(before.pid()).isPositive();
    }

    @Test
    void createsOtherDatabasesOnDemandAndOnce() throws Exception {
        String other = server.jdbcUrl("Other Db");
        assertThat(server.jdbcUrl("Other Db")).isEqualTo(other);
        try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Other Db");
        }
    }

    @Test
    void statusSaysHowToConnectThroughTheSocketWithoutShowingThePassword() throws Exception {
        EmbeddedPostgres.Status status = server.status();
        assertThat(status.initialized()).isTrue();
        assertThat(status.postgresVersion()).isEqualTo("15.15.0");
        assertThat(status.socketDir()).contains(server.dataDir().resolve("socket"));
        assertThat(status.passwordFile()).isEqualTo(server.passwordFile());
        assertThat(status.describe("smartem")).contains("running on 127.0.0.1:" + status.port(),
                "\nconnect with: PGPASSFILE=" + server.passwordFile() + " psql -h " + server.dataDir().resolve("socket")
                        + " -p " + status.port() + " -U postgres smartem");
        assertThat(status.describe("Other Db")).endsWith(" -U postgres 'Other Db'");
        assertThat(status.describe("smartem")).doesNotContain(new PasswordFile(server.passwordFile()).read().orElseThrow());
    }

    @Test
    void asRootTheDataLivesWhereNobodyCanReachItAndTheProjectPointsThere() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")));
        Path data = server.dataDir();
        assertThat(data.getParent()).isEqualTo(Path.of("/var/tmp/retort-root/data"));
        assertThat(data.getFileName().toString()).matches("[0-9a-f]{16}");
        assertThat(Files.getAttribute(data, "unix:uid")).isEqualTo(65534);
        assertThat(Files.readString(project.resolve(".retort/postgres-15.location")).trim()).isEqualTo(data.toString());
        assertThat(project.resolve(".retort/.gitignore")).exists();
    }

    @Test
    void asAUserTheDataLivesInTheProject() {
        assumeTrue(!"root".equals(System.getProperty("user.name")));
        assertThat(server.dataDir()).isEqualTo(project.toAbsolutePath().resolve(".retort/postgres-15"));
    }
}
