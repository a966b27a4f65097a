package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** TestServer falls back to the embedded server; forced in a child JVM, since the choice is made once per JVM. */
class TestServerFallbackTest {

    @Test
    void forcedFallbackRunsTestDatabasesOnTheEmbeddedServer() throws Exception {
        Process child = ChildJvm.start(TestServerProbeMain.class, List.of("-D" + TestServer.FORCE_EMBEDDED + "=true"));
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();

        Path project = Path.of(System.getProperty("java.io.tmpdir"), "retort-test-postgres");
        int port = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults()).status().port();
        assertThat(port).isNotEqualTo(5432);
        assertThat(output).contains("URL jdbc:postgresql://127.0.0.1:" + port + "/t_testserverprobemain_");
    }

    @Test
    void theChosenServerServesTestDatabases() throws Exception {
        try (var c = TestServer.admin(); var s = c.createStatement(); var rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("postgres");
        }
    }
}
