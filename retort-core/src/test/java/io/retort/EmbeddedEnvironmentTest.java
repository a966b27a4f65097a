package io.retort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEnvironmentTest {

    @Test
    void anEmbeddedEnvironmentIsADatabaseOfTheProjectsServer(@TempDir Path project) throws Exception {
        Path file = project.resolve("retort.toml");
        Files.writeString(file, "[environments.development]\ndatabase = \"smartem\"\n");
        Files.createDirectories(project.resolve("migrations/versions"));
        RetortConfig config = RetortConfig.load(file);
        try {
            assertThat(Retort.fromConfig(file, null, null, Map.of()).build().current()).isEmpty();

            String url = Retort.embeddedServer(config).jdbcUrl("smartem");
            assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/smartem\\?user=postgres&password=[\\w-]+");
            try (var c = DriverManager.getConnection(url)) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(Retort.embeddedServer(config).status().running()).isTrue();
        } finally {
            Retort.embeddedServer(config).reset();
        }
    }
}
