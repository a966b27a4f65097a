package io.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An environment's backup keys: read relative to retort.toml, defaulted, and refused with one line when wrong. */
class BackupConfigTest {
    static final Path FILE = Path.of("project/retort.toml");

    @Test
    void keysAreReadRelativeToTheFileAndDefaulted() {
        RetortConfig config = RetortConfig.parse("""
                [environments.dev]
                [environments.prod]
                url = "jdbc:postgresql://db/app"
                backup = true
                backup_dir = "saved"
                backup_keep = 3
                pg_bin_dir = "tools/bin"
                """, FILE);
        Path project = FILE.toAbsolutePath().getParent();
        assertThat(config.environment("prod", Map.of()).backup())
                .isEqualTo(new BackupConfig(true, Optional.of(project.resolve("saved")), 3, Optional.of(project.resolve("tools/bin"))));
        assertThat(config.environment("prod", Map.of(), "jdbc:postgresql://elsewhere/app").backup().beforeChanges())
                .as("--url keeps the environment's backup").isTrue();
        assertThat(config.environment("dev", Map.of()).backup()).isEqualTo(BackupConfig.DEFAULTS);
    }

    @Test
    void badValuesAreOneLineNamingTheKey() {
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\nbackup_keep = 0\n", FILE))
                .isInstanceOf(RetortException.class).hasMessage(FILE + ": environments.prod.backup_keep is 0: keep at least 1 backup");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\npg_bin_dir = \" \"\n", FILE))
                .isInstanceOf(RetortException.class).hasMessageContaining("environments.prod.pg_bin_dir is empty")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\nbackup_dir = \"\"\n", FILE))
                .isInstanceOf(RetortException.class).hasMessageContaining("environments.prod.backup_dir is empty");
        assertThatThrownBy(() -> RetortConfig.parse("[environments.prod]\nbackup = \"yes\"\n", FILE))
                .isInstanceOf(RetortException.class).hasMessageContaining("backup").hasMessageNotContaining("\n");
    }
}
