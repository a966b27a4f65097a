package io.retort;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as retort.toml writes it: {@code "500ms"}, {@code "5s"}, {@code "10m"} (or
 * {@code "10min"}), {@code "1h"}, or {@code "0"}. One spelling for every setting that takes one
 * ({@code lock_timeout}, {@code idle_shutdown}), so each reads and prints them alike.
 */
public final class DurationText {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|min|m|h)?");

    private DurationText() {}

    /** The duration {@code text} spells; empty when it spells none (a bare number other than 0 has no unit). */
    public static Optional<Duration> parse(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && Long.parseLong(m.group(1)) != 0)) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        });
    }

    /** {@code duration} in the largest whole unit: {@code "0"}, {@code "500ms"}, {@code "90s"}, {@code "10m"}, {@code "1h"}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0";
        }
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
