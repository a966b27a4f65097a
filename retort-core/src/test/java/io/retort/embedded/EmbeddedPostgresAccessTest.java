package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the password lets anyone in, over TCP and over the socket, checked with psql and pgjdbc.
 * Retort's own commands on the embedded server: {@code DbStatusTest} in retort-cli.
 */
class EmbeddedPostgresAccessTest {
    @TempDir
    static Path project;

    static EmbeddedPostgres server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        server.jdbcUrl("retort");
    }

    @AfterAll
    static void reset() {
        server.reset();
    }

    @Test
    void psqlWithoutThePasswordOrWithAWrongOneIsRefusedOnTcpAndOnTheSocket() throws Exception {
        EmbeddedPostgres.Status status = server.status();
        String socket = status.socketDir().orElseThrow().toString();
        for (String host : List.of("127.0.0.1", socket)) {
            PsqlRun none = PsqlRun.as(host, status.port(), "retort", Map.of());
            PsqlRun wrong = PsqlRun.as(host, status.port(), "retort", Map.of("PGPASSWORD", "wrong"));
            PsqlRun right = PsqlRun.as(host, status.port(), "retort", Map.of("PGPASSFILE", server.passwordFile().toString()));

            assertThat(none.exitCode()).as(host).isNotZero();
            assertThat(none.output()).as(host).contains("no password supplied");
            assertThat(wrong.exitCode()).as(host).isNotZero();
            assertThat(wrong.output()).as(host).contains("password authentication failed for user \"postgres\"");
            assertThat(right.exitCode()).as(right.output()).isZero();
            assertThat(right.output()).isEqualTo("postgres");
        }
    }

    @Test
    void pgjdbcWithoutThePasswordOrWithAWrongOneIsRefused() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.status().port() + "/retort?user=postgres";

        assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> DriverManager.getConnection(url + "&password=wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void thePasswordFileAndTheSocketFolderAreTheOwnersOnly() throws Exception {
        Path file = server.passwordFile();
        assertThat(file).isEqualTo(project.toRealPath().resolve(".retort/postgres-15.pgpass"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");

        Path socket = server.status().socketDir().orElseThrow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rwx------");
        assertThat(Files.getAttribute(socket, "unix:uid")).isEqualTo(Files.getAttribute(server.dataDir(), "unix:uid"));
        assertThat(Files.readString(server.dataDir().resolve("pg_hba.conf"))).isEqualTo(AccessRules.RETORTS);
    }
}
