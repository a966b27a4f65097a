package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.config.ConnectionSettings;
import io.retort.config.ResolvedEnvironment;
import io.retort.config.RetortConfig;
import io.retort.TransactionMode;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(production.backup().beforeChanges()).isTrue();
        assertThat(staging.backup().beforeChanges()).isFalse();
        assertThat(production.toString()).doesNotContain("secret");
    }

    @Test
    void theConfiguredProjectUpgradesADatabaseToHead(@TempDir Path backups) throws IOException {
        try (TestDatabase db = TestDatabase.create(SmartemConfigTest.class)) {
            // production asks before an upgrade: confirmed, as --yes does; and backs up first.
            Retort retort = Retort.fromConfig(TOML, "production", db.url(), Map.of()).confirmed(true)
                    .backupDirectory(backups).build();
            List<String> ran;
            try {
                ran = retort.upgrade("head");
            } catch (RetortException e) {
                assumeFalse(e.getMessage().contains("no pg_dump found"), "no pg_dump on this machine for production's backup = true");
                throw e;
            }
            assertThat(ran).containsExactlyElementsOf(allRevisions());
            assertThat(retort.current()).isEqualTo(List.of(HEAD));
            try (Stream<Path> files = Files.list(backups)) {
                assertThat(files).singleElement().asString().endsWith(".dump");
            }
        }
    }
}
