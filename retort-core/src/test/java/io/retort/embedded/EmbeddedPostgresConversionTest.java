package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A server that trusted everyone, or whose password file was lost, is locked down at its next use, data kept. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPostgresConversionTest {
    @TempDir
    static Path project;

    @AfterAll
    static void removeServer() {
        server().reset();
    }

    private static EmbeddedPostgres server() {
        return EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
    }

    @Test
    @Order(1)
    void aRunningTrustClusterIsConvertedOnceAndKeepsItsData() throws Exception {
        int port = OldStyleCluster.start(project);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int)");
            s.execute("INSERT INTO kept VALUES (1), (2), (3)");
        }

        List<String> said = stderrOf(() -> server().jdbcUrl("postgres"));
        List<String> saidAgain = stderrOf(() -> server().jdbcUrl("postgres"));

        assertThat(said).singleElement().asString()
                .contains("let every local user in without a password", server().passwordFile().toString());
        assertThat(saidAgain).isEmpty();
        assertThat(count(server().jdbcUrl("postgres"))).isEqualTo(3);
        assertThat(Files.readString(server().dataDir().resolve("pg_hba.conf"))).isEqualTo(AccessRules.RETORTS);
        EmbeddedPostgres.Status status = server().status();
        for (String host : List.of("127.0.0.1", status.socketDir().orElseThrow().toString())) {
            assertThat(PsqlRun.as(host, status.port(), "postgres", Map.of()).output()).contains("no password supplied");
        }
    }

    @Test
    @Order(2)
    void aLostPasswordFileIsReplacedByANewPassword() throws Exception {
        String old = server().jdbcUrl("postgres");
        Files.delete(server().passwordFile());

        List<String> said = stderrOf(() -> server().jdbcUrl("postgres"));

        assertThat(said).singleElement().asString().contains("was missing", server().passwordFile().toString());
        String renewed = server().jdbcUrl("postgres");
        assertThat(renewed).isNotEqualTo(old);
        assertThat(count(renewed)).isEqualTo(3);
        assertThat(PsqlRun.as("127.0.0.1", server().status().port(), "postgres",
                Map.of("PGPASSWORD", old.replaceAll(".*password=", ""))).output()).contains("password authentication failed");
    }

    private static int count(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The lines {@code work} prints on standard error. */
    private static List<String> stderrOf(Runnable work) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }
}
