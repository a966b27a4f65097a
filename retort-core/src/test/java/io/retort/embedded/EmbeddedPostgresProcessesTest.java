package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands in separate processes share one server. */
class EmbeddedPostgresProcessesTest {
    @TempDir
    static Path project;

    @AfterAll
    static void removeServer() {
        EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults()).reset();
    }

    @Test
    void twoProcessesStartingAtOnceShareOneServer() throws Exception {
        List<Process> children = List.of(
                ChildJvm.start(StartServerMain.class, List.of(), project.toString()),
                ChildJvm.start(StartServerMain.class, List.of(), project.toString()));
        Set<String> servers = new HashSet<>();
        for (Process child : children) {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            servers.add(output.lines().filter(l -> l.startsWith("SERVER ")).findFirst().orElseThrow());
        }

        EmbeddedPostgres.Status status = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults()).status();
        assertThat(status.running()).isTrue();
        assertThat(servers).containsExactly("SERVER " + status.port() + " " + status.pid());
    }
}
