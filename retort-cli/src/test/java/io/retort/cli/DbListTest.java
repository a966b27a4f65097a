package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;

/** {@code db list} shows this user's embedded servers; {@code db prune} removes those whose project is gone. */
class DbListTest {

    @Test
    void listShowsARunningServerAndPruneRemovesItOnceItsProjectIsDeleted() throws Exception {
        Path project = Files.createTempDirectory("retort-db-list-").toRealPath();
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                [environments.development]
                database = "app"
                """);
        Files.createDirectory(project.resolve("versions"));
        try {
            CliRun current = CliRun.in(project, null, "current");
            assertThat(current.exitCode()).as(current.err()).isZero();

            CliRun list = CliRun.of("db", "list");
            assertThat(list.exitCode()).isZero();
            assertThat(list.out()).containsPattern(project + ": port \\d+, pid \\d+, (in use|idle since [0-9:]+, stops at [0-9:]+), data \\d+ MB in ");
            assertThat(CliRun.in(project, null, "db", "status").out()).contains("idle shutdown: after 5m with no client");
        } finally {
            PathUtils.deleteDirectory(project);
        }

        CliRun prune = CliRun.of("db", "prune");
        assertThat(prune.exitCode()).isZero();
        assertThat(CliRun.of("db", "list").out()).doesNotContain(project.toString());
    }
}
