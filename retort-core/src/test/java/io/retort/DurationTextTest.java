package io.retort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.embedded.EmbeddedSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations in retort.toml (lock_timeout, idle_shutdown): read and written back alike. */
class DurationTextTest {

    @Test
    void aDurationIsMillisecondsSecondsMinutesHoursOrZero() {
        assertThat(DurationText.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(DurationText.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(DurationText.parse("10m")).contains(Duration.ofMinutes(10));
        assertThat(DurationText.parse("10min")).contains(Duration.ofMinutes(10));
        assertThat(DurationText.parse(" 1h ")).contains(Duration.ofHours(1));
        assertThat(DurationText.parse("0")).contains(Duration.ZERO);
        assertThat(DurationText.parse("10")).isEmpty();
        assertThat(DurationText.parse("10 minutes")).isEmpty();
        assertThat(DurationText.parse("-5m")).isEmpty();
        assertThat(EmbeddedSettings.defaults().idleShutdown()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDurationIsWrittenAsItIsRead() {
        for (String text : new String[] {"0", "500ms", "45s", "90s", "10m", "2h"}) {
            assertThat(DurationText.format(DurationText.parse(text).orElseThrow())).isEqualTo(text);
        }
    }
}
