package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedProcessTest {

    @TempDir
    Path temp;

    private TimedProcess timed(Duration timeout) {
        return new TimedProcess(temp, temp.resolve("logs").resolve("run.log"), timeout);
    }

    @Test
    void measuresWallTimeAndPeakRssAndLogsOutput() throws Exception {
        InstalledPrograms.assumeGnuTime();
        Measurement m = timed(Duration.ofMinutes(1)).run(new Invocation("echo", List.of("sh", "-c", "echo hello $WHO")).withEnvironment("WHO", "bench"));

        assertThat(m.wallSeconds()).isPositive();
        assertThat(m.peakRssKiB()).isPositive();
        assertThat(Files.readString(temp.resolve("logs").resolve("run.log"))).contains("$ sh -c echo hello $WHO", "hello bench");
    }

    @Test
    void aFolderToClearIsGoneBeforeTheCommandStarts() throws Exception {
        InstalledPrograms.assumeGnuTime();
        Path cache = Files.createDirectories(temp.resolve("project").resolve(".retort").resolve("cache"));
        Files.writeString(cache.resolve("entry"), "compiled");

        timed(Duration.ofMinutes(1)).run(new Invocation("ls", List.of("sh", "-c", "test ! -e " + cache)).clearingFirst(cache.getParent()));

        assertThat(temp.resolve("project")).exists();
        assertThat(cache.getParent()).doesNotExist();
    }

    @Test
    void aNonZeroExitFailsNamingTheLog() {
        InstalledPrograms.assumeGnuTime();
        assertThatThrownBy(() -> timed(Duration.ofMinutes(1)).run(new Invocation("exit 3", List.of("sh", "-c", "exit 3"))))
                .isInstanceOf(TimedProcess.Failure.class)
                .hasMessageContaining("exit 3 exited with 3")
                .hasMessageContaining("run.log");
    }

    @Test
    void aCommandPastItsTimeoutIsKilled() {
        InstalledPrograms.assumeGnuTime();
        assertThatThrownBy(() -> timed(Duration.ofSeconds(1)).run(new Invocation("sleep", List.of("sleep", "30"))))
                .isInstanceOf(TimedProcess.Failure.class)
                .hasMessageContaining("timed out");
    }
}
