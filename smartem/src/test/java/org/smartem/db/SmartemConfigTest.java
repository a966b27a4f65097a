package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.config.ConnectionSettings;
import io.retort.config.ResolvedEnvironment;
import io.retort.config.RetortConfig;
import io.retort.TransactionMode;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** smartem/retort.toml says what the README says, and drives Retort to the same head. */
class SmartemConfigTest {
    static final Path TOML = Path.of("retort.toml");
    static final Map<String, String> SERVER = Map.of("POSTGRES_HOST", "db.example", "POSTGRES_DB", "smartem",
            "POSTGRES_USER", "smartem", "POSTGRES_PASSWORD", "secret");

    @Test
    void settingsAreTheProjects() {
        RetortConfig config = RetortConfig.load(TOML);
        assertThat(config.scriptLocations()).containsExactly(config.projectDir().resolve(VERSIONS).normalize());
        assertThat(config.versionTable()).isEqualTo("alembic_version");
        assertThat(config.fileTemplate()).isEqualTo("R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug}");
        assertThat(config.transactionPer()).isEqualTo(TransactionMode.RUN);
        assertThat(config.defaultEnvironment()).isEqualTo("development");
        assertThat(config.embedded().postgresVersion()).contains("15");
        assertThat(config.environmentNames()).containsExactlyInAnyOrder("development", "staging", "production");
    }

    @Test
    void environmentsResolveFromThePostgresVariables() {
        RetortConfig config = RetortConfig.load(TOML);
        assertThat(config.environment(null, Map.of()).connection()).isEqualTo(new ConnectionSettings.Embedded("smartem"));

        ResolvedEnvironment staging = config.environment("staging", SERVER);
        assertThat(staging.confirm()).isFalse();
        assertThat(staging.connection()).isInstanceOf(ConnectionSettings.Jdbc.class)
                .extracting(c -> ((ConnectionSettings.Jdbc) c).url()).asString()
                .startsWith("jdbc:postgresql://db.example:5432/smartem");

        ResolvedEnvironment production = config.environment("production", SERVER);
        assertThat(production.confirm()).isTrue();
        assertThat(production.toString()).doesNotContain("secret");
    }

    @Test
    void theConfiguredProjectUpgradesADatabaseToHead() {
        try (TestDatabase db = TestDatabase.create(SmartemConfigTest.class)) {
            // production asks before an upgrade: confirmed, as --yes does.
            Retort retort = Retort.fromConfig(TOML, "production", db.url(), Map.of()).confirmed(true).build();
            assertThat(retort.upgrade("head")).containsExactlyElementsOf(allRevisions());
            assertThat(retort.current()).isEqualTo(List.of(HEAD));
        }
    }
}
