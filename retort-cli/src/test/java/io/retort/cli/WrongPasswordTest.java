package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedSettings;
import io.retort.testing.RevisionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong password is one clear line. The machine's server on 5432 trusts every local login, so
 * this test starts an embedded server of its own and logs in to it with a role and a password of its own.
 */
class WrongPasswordTest {
    @TempDir static Path server;
    @TempDir Path project;
    static EmbeddedPostgres pg;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.forProject(server, EmbeddedSettings.defaults());
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            c.createStatement().execute("CREATE ROLE app LOGIN PASSWORD 'right'");
            Path hba = pg.dataDir().resolve("pg_hba.conf");
            Files.writeString(hba, "host all app 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
            c.createStatement().execute("SELECT pg_reload_conf()");
        }
        url = pg.jdbcUrl("postgres").replaceAll("\\?.*$", "");
    }

    @AfterAll
    static void stop() {
        pg.reset();
    }

    /** {@code retort current} as user app, with {@code passwordLine} in the environment; fails in one line. */
    private CliRun currentAsApp(String passwordLine) throws Exception {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                [environments.development]
                url = "%s"
                user = "app"
                %s
                """.formatted(url, passwordLine));
        RevisionFiles.table(project.resolve("versions"), "a");
        CliRun run = CliRun.of("-c", project.resolve("retort.toml").toString(), "current");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        return run;
    }

    @Test
    void wrongPasswordIsOneLineAndNeverPrinted() throws Exception {
        CliRun run = currentAsApp("password = \"${APP_PASSWORD:-wrong-secret}\"");
        assertThat(run.err()).startsWith("retort: error: cannot log in to ").contains("password authentication failed")
                .doesNotContain("wrong-secret");
    }

    @Test
    void noPasswordPointsAtThePasswordWithoutAStrayPeriod() throws Exception {
        CliRun run = currentAsApp("");
        assertThat(run.err()).startsWith("retort: error: cannot log in to ")
                .contains("the server asks for a password and none was given; set password in the environment")
                .doesNotContain(".;", "server running");
    }
}
