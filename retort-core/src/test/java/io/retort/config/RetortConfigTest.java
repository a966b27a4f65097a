package io.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.TransactionMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetortConfigTest {
    static final Path FILE = Path.of("smartem/retort.toml");
    static final Path PROJECT = FILE.toAbsolutePath().getParent();

    static final String FULL = """
            [retort]
            script_locations = ["migrations/versions", "../common/versions"]
            version_table = "smartem_version"
            version_table_schema = "audit"
            history_table = "smartem_history"
            file_template = "{rev}_{slug}"
            transaction_per = "migration"
            lock_timeout_seconds = 5
            default_environment = "staging"

            [embedded]
            postgres_version = "15"
            data_dir = "build/pg"

            [environments.development]
            database = "smartem"

            [environments.staging]
            host = "${POSTGRES_HOST}"
            port = "${POSTGRES_PORT:-5432}"
            database = "${POSTGRES_DB}"
            user = "${POSTGRES_USER}"
            password = "${POSTGRES_PASSWORD}"

            [environments.production]
            url = "jdbc:postgresql://${POSTGRES_HOST}:${POSTGRES_PORT}/${POSTGRES_DB}"
            user = "${POSTGRES_USER}"
            password = "${POSTGRES_PASSWORD}"
            confirm = true
            transaction_per = "run"
            """;

    @Test
    void readsEveryKey() {
        RetortConfig config = RetortConfig.parse(FULL, FILE);

        assertThat(config.file()).isEqualTo(FILE);
        assertThat(config.projectDir()).isEqualTo(PROJECT);
        assertThat(config.scriptLocations())
                .containsExactly(PROJECT.resolve("migrations/versions"), PROJECT.getParent().resolve("common/versions"));
        assertThat(config.versionTable()).isEqualTo("smartem_version");
        assertThat(config.versionTableSchema()).contains("audit");
        assertThat(config.historyTable()).isEqualTo("smartem_history");
        assertThat(config.fileTemplate()).isEqualTo("{rev}_{slug}");
        assertThat(config.transactionPer()).isEqualTo(TransactionMode.MIGRATION);
        assertThat(config.lockTimeoutSeconds()).isEqualTo(5);
        assertThat(config.defaultEnvironment()).isEqualTo("staging");
        assertThat(config.embedded()).isEqualTo(new EmbeddedConfig(Optional.of("15"), Optional.of(PROJECT.resolve("build/pg")), Optional.empty()));
        assertThat(config.environments().keySet()).containsExactly("development", "staging", "production");
        assertThat(config.environmentNames()).containsExactly("development", "production", "staging");
        EnvironmentConfig production = config.environments().get("production");
        assertThat(production.confirm()).isTrue();
        assertThat(production.transactionPer()).contains(TransactionMode.RUN);
        assertThat(production.password()).contains("${POSTGRES_PASSWORD}");
    }

    @Test
    void missingKeysTakeTheirDefaults() {
        RetortConfig config = RetortConfig.parse("[environments.development]\n", FILE);

        assertThat(config.scriptLocations()).containsExactly(PROJECT.resolve("migrations/versions"));
        assertThat(config.versionTable()).isEqualTo("alembic_version");
        assertThat(config.versionTableSchema()).isEmpty();
        assertThat(config.historyTable()).isEqualTo("retort_history");
        assertThat(config.fileTemplate()).isEqualTo("R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug}");
        assertThat(config.transactionPer()).isEqualTo(TransactionMode.RUN);
        assertThat(config.lockTimeoutSeconds()).isEqualTo(60);
        assertThat(config.defaultEnvironment()).isEqualTo("development");
        assertThat(config.embedded()).isEqualTo(EmbeddedConfig.unset());
        assertThat(config.environments().get("development").database()).isEmpty();
    }

    @Test
    void aProjectWithoutAFileUsesTheEmbeddedServer(@TempDir Path project) {
        RetortConfig config = RetortConfig.defaults(project);

        assertThat(config.file()).isEqualTo(project.resolve("retort.toml"));
        assertThat(config.environments()).isEmpty();
        assertThat(config.environment(null, Map.of()).connection())
                .isEqualTo(new ConnectionSettings.Embedded("retort"));
    }

    @Test
    void loadsAFileAndNamesAMissingOne(@TempDir Path project) throws Exception {
        Path file = project.resolve("retort.toml");
        Files.writeString(file, "[retort]\nversion_table = \"v\"\n");

        assertThat(RetortConfig.load(file).versionTable()).isEqualTo("v");
        assertThatThrownBy(() -> RetortConfig.load(project.resolve("nope.toml")))
                .isInstanceOf(RetortException.class)
                .hasMessage(project.resolve("nope.toml") + " does not exist: check the path, create it with `retort init`,"
                        + " or leave out -c to use ./retort.toml or, without one, the defaults");
        assertThat(RetortConfig.loadOrDefaults(file).versionTable()).isEqualTo("v");
    }

    @Test
    void withoutAFileTheDefaultsOfTheWorkingDirectoryApply() {
        assertThat(Path.of(RetortConfig.FILE_NAME)).doesNotExist(); // the module folder has none
        RetortConfig defaults = RetortConfig.loadOrDefaults(null);
        assertThat(defaults.projectDir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(defaults.scriptLocations()).containsExactly(Path.of("migrations/versions").toAbsolutePath());
        assertThat(defaults.environment(null, Map.of()).connection()).isEqualTo(new ConnectionSettings.Embedded("retort"));
        assertThat(defaults.environment(null, Map.of(), "jdbc:postgresql://h/d").urlOverride()).isEqualTo("--url");
    }

    @Test
    void anUnknownKeyIsNamedWithItsTable() {
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nscript_location = [\"x\"]\n", FILE))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("smartem/retort.toml: unknown key retort.script_location (known keys there: ")
                .hasMessageContaining("script_locations");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.staging]\nhots = \"db\"\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: unknown key environments.staging.hots (known keys there: ")
                .hasMessageContaining("host");
        assertThatThrownBy(() -> RetortConfig.parse("[retrot]\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: unknown key retrot (known keys there: embedded, environments, fleet, model, retort)");
    }

    @Test
    void badValuesAreNamedWithTheirKey() {
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\ntransaction_per = \"statement\"\n", FILE))
                .hasMessage("smartem/retort.toml: retort.transaction_per is \"statement\": use \"run\" or \"migration\"");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\ntransaction_per = \"all\"\n", FILE))
                .hasMessage("smartem/retort.toml: environments.prod.transaction_per is \"all\": use \"run\" or \"migration\"");
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nlock_timeout_seconds = \"soon\"\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: key retort.lock_timeout_seconds has a value of the wrong type");
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nlock_timeout_seconds = -1\n", FILE))
                .hasMessageContaining("retort.lock_timeout_seconds is -1");
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nscript_locations = []\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: retort.script_locations must list at least one folder");
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nversion_table = \"\"\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: retort.version_table is empty");
        assertThatThrownBy(() -> RetortConfig.parse("[embedded]\npostgres_version = \"15.4\"\n", FILE))
                .hasMessage("smartem/retort.toml: embedded.postgres_version is \"15.4\": give a major version such as \"15\"");
        assertThatThrownBy(() -> RetortConfig.parse("[embedded]\nidle_shutdown = \"soon\"\n", FILE))
                .hasMessageStartingWith("smartem/retort.toml: embedded.idle_shutdown is \"soon\"");
        assertThat(RetortConfig.parse("[embedded]\nidle_shutdown = \"10m\"\n", FILE).embedded().idleShutdown())
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void brokenTomlNamesTheLine() {
        assertThatThrownBy(() -> RetortConfig.parse("[retort]\nversion_table = \n", FILE))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("smartem/retort.toml: not valid TOML at line 2");
    }

    @Test
    void aPortMayBeANumber() {
        RetortConfig config = RetortConfig.parse("[environments.ci]\nhost = \"db\"\nport = 6543\ndatabase = \"x\"\n", FILE);

        assertThat(config.environments().get("ci").port()).contains("6543");
    }

    @Test
    void printingNeverShowsAPassword() {
        RetortConfig config = RetortConfig.parse("""
                [environments.prod]
                url = "jdbc:postgresql://db/x?user=a&password=hunter2"
                password = "hunter2"
                """, FILE);

        assertThat(config.toString()).doesNotContain("hunter2").contains("password=***");
        assertThat(List.of(config.environments().get("prod")).toString()).doesNotContain("hunter2");
    }

    @Test
    void lockTimeoutIsFiveSecondsWhereTheEnvironmentAsksAndNoneElseUnlessGiven() {
        RetortConfig config = RetortConfig.parse("""
                [environments.dev]
                [environments.prod]
                url = "jdbc:postgresql://db/app"
                confirm = true
                [environments.batch]
                url = "jdbc:postgresql://db/app"
                confirm = true
                lock_timeout = "500ms"
                lock_retries = 3
                [environments.patient]
                url = "jdbc:postgresql://db/app"
                confirm = true
                lock_timeout = "0"
                """, FILE);
        assertThat(config.environment("dev", Map.of()).lockTimeout()).isZero();
        assertThat(config.environment("prod", Map.of()).lockTimeout()).hasSeconds(5);
        assertThat(config.environment("prod", Map.of()).lockRetries()).isZero();
        assertThat(config.environment("batch", Map.of()).lockTimeout()).hasMillis(500);
        assertThat(config.environment("batch", Map.of()).lockRetries()).isEqualTo(3);
        assertThat(config.environment("patient", Map.of()).lockTimeout()).isZero();
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\nlock_timeout = \"5\"\n", FILE))
                .isInstanceOf(RetortException.class).hasMessageContaining("environments.prod.lock_timeout is \"5\"");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\nlock_retries = -1\n", FILE))
                .isInstanceOf(RetortException.class).hasMessageContaining("environments.prod.lock_retries is -1");
    }
}
