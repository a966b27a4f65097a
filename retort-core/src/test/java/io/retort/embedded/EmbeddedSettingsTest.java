package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** idle_shutdown values: seconds, minutes, hours or 0, read and written back. */
class EmbeddedSettingsTest {

    @Test
    void idleShutdownTakesSecondsMinutesHoursOrZero() {
        assertThat(EmbeddedSettings.idleShutdownOf("90s")).contains(Duration.ofSeconds(90));
        assertThat(EmbeddedSettings.idleShutdownOf("10m")).contains(Duration.ofMinutes(10));
        assertThat(EmbeddedSettings.idleShutdownOf(" 1h ")).contains(Duration.ofHours(1));
        assertThat(EmbeddedSettings.idleShutdownOf("0")).contains(Duration.ZERO);
        assertThat(EmbeddedSettings.idleShutdownOf("10")).isEmpty();
        assertThat(EmbeddedSettings.idleShutdownOf("10 minutes")).isEmpty();
        assertThat(EmbeddedSettings.idleShutdownOf("-5m")).isEmpty();
        assertThat(EmbeddedSettings.defaults().idleShutdown()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void idleShutdownIsWrittenAsItIsRead() {
        for (String text : new String[] {"0", "45s", "90s", "10m", "2h"}) {
            assertThat(EmbeddedSettings.idleShutdownText(EmbeddedSettings.idleShutdownOf(text).orElseThrow())).isEqualTo(text);
        }
    }
}
