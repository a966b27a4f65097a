package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.TransactionMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How the spring.retort.* properties bind, as an application.properties file writes them. */
class RetortPropertiesTest {

    static RetortProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("spring.retort", RetortProperties.class);
    }

    @Test
    void defaults() {
        RetortProperties p = bind(Map.of());
        assertThat(p.enabled()).isTrue();
        assertThat(p.target()).isEqualTo("head");
        assertThat(p.validateChecksums()).isTrue();
        assertThat(p.locations()).isEmpty();
        assertThat(p.transactionPer()).isNull();
        assertThat(p.lockTimeout()).isNull();
    }

    @Test
    void everyProperty() {
        RetortProperties p = bind(Map.ofEntries(
                Map.entry("spring.retort.enabled", "false"),
                Map.entry("spring.retort.config", "db/retort.toml"),
                Map.entry("spring.retort.environment", "staging"),
                Map.entry("spring.retort.locations", "a/versions,b/versions"),
                Map.entry("spring.retort.target", "heads"),
                Map.entry("spring.retort.transaction-per", "migration"),
                Map.entry("spring.retort.lock-timeout", "90"),
                Map.entry("spring.retort.url", "jdbc:postgresql://db/app"),
                Map.entry("spring.retort.user", "app"),
                Map.entry("spring.retort.password", "secret"),
                Map.entry("spring.retort.validate-checksums", "false")));
        assertThat(p).isEqualTo(new RetortProperties(false, "db/retort.toml", "staging", List.of("a/versions", "b/versions"),
                "heads", TransactionMode.MIGRATION, Duration.ofSeconds(90), "jdbc:postgresql://db/app", "app", "secret", false));
        assertThat(p.toString()).doesNotContain("secret");
    }

    @Test
    void aLockTimeoutWithAUnit() {
        assertThat(bind(Map.of("spring.retort.lock-timeout", "2m")).lockTimeout()).isEqualTo(Duration.ofMinutes(2));
    }
}
