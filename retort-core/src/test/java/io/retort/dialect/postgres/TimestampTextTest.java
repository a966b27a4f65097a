package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp text is exactly what the formatters it replaced print. */
class TimestampTextTest {
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM:ss", "+00:00").toFormatter();

    @Test
    void matchesTheFormattersOverRandomValuesAndEdges() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            int year = i % 10 == 0 ? random.nextInt(-20_000, 20_000) : random.nextInt(0, 10_000);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            LocalDateTime t = LocalDateTime.of(year, random.nextInt(1, 13), random.nextInt(1, 29),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(i % 3 == 0 ? 0 : random.nextInt(-18 * 3600, 18 * 3600 + 1));
            assertThat(ValueText.timestamp(t, null)).isEqualTo(TIMESTAMP.format(t));
            assertThat(ValueText.timestamp(t, offset)).isEqualTo(TIMESTAMP.format(t) + OFFSET.format(t.atOffset(offset)));
        }
        LocalDateTime edge = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);
        assertThat(ValueText.timestamp(edge, ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15)))
                .isEqualTo("9999-12-31 23:59:59.999999999-05:30:15");
        assertThat(ValueText.timestamp(LocalDateTime.of(0, 1, 1, 0, 0), ZoneOffset.UTC)).isEqualTo("0000-01-01 00:00:00+00:00");
    }
}
