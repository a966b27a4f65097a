package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded PostgreSQL, which asks for its password, commands work, and {@code db status} says how to connect without showing it. */
class DbStatusTest {
    @TempDir static Path project;

    @AfterAll
    static void reset() {
        CliRun.in(project, null, "db", "reset");
    }

    @Test
    void statusGivesThePsqlCommandWithThePasswordFileButNotThePassword() throws Exception {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                [environments.development]
                database = "app"
                """);
        RevisionFiles.table(project.resolve("versions"), "a");
        assertThat(CliRun.in(project, null, "upgrade", "head").exitCode()).isZero();

        CliRun current = CliRun.in(project, null, "current");
        CliRun status = CliRun.in(project, null, "db", "status");

        assertThat(current.out()).contains("a");
        assertThat(status.exitCode()).isZero();
        Path passwordFile = project.toRealPath().resolve(".retort/postgres-15.pgpass");
        assertThat(status.out()).contains("running on 127.0.0.1:", "connect with: PGPASSFILE=" + passwordFile + " psql -h ");
        String password = Files.readAllLines(passwordFile).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()
                .replaceAll(".*:", "");
        assertThat(password).hasSize(32);
        assertThat(current.out() + current.err() + status.out() + status.err()).doesNotContain(password);
    }
}
