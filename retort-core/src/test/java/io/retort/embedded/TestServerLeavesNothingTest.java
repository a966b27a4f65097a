package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM that started the embedded fallback stops it when it ends: counted in the process table. */
class TestServerLeavesNothingTest {

    @Test
    void theEmbeddedServerATestRunStartedIsGoneWhenItEnds(@TempDir Path project) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        try {
            long before = ServerProcesses.of(server.dataDir());
            Process run = ChildJvm.start(TestServerProbeMain.class, List.of("-D" + TestServer.FORCE_EMBEDDED + "=true",
                    "-D" + TestServer.EMBEDDED_PROJECT + "=" + project));
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(output).isZero();
            long after = ServerProcesses.of(server.dataDir());

            assertThat(output).contains("URL jdbc:postgresql://127.0.0.1:" + server.status().port() + "/");
            assertThat(before).isZero();
            assertThat(after).isZero();
        } finally {
            server.reset();
        }
    }
}
