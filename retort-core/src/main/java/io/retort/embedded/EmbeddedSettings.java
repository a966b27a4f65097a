package io.retort.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the embedded PostgreSQL is set up: the {@code [embedded]} table of {@code retort.toml}.
 *
 * @param postgresVersion the PostgreSQL major version, e.g. {@code "15"} (the one bundled)
 * @param dataDir the data folder, relative to the project folder; empty for the default
 *     ({@code .retort/postgres-<major>}, or a folder under {@code /var/tmp/retort-root} as root)
 * @param idleShutdown how long the server runs with no client connected before it stops itself;
 *     zero for never
 */
public record EmbeddedSettings(String postgresVersion, Optional<Path> dataDir, Duration idleShutdown) {
    public static final String DEFAULT_POSTGRES_VERSION = "15";
    public static final Duration DEFAULT_IDLE_SHUTDOWN = Duration.ofMinutes(5);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|)");

    public EmbeddedSettings {
        Objects.requireNonNull(postgresVersion, "postgresVersion");
        Objects.requireNonNull(dataDir, "dataDir");
        if (idleShutdown.isNegative()) {
            throw new IllegalArgumentException("idleShutdown is negative: " + idleShutdown);
        }
    }

    /** The default idle shutdown. */
    public EmbeddedSettings(String postgresVersion, Optional<Path> dataDir) {
        this(postgresVersion, dataDir, DEFAULT_IDLE_SHUTDOWN);
    }

    /** PostgreSQL 15 in the default data folder. */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings(DEFAULT_POSTGRES_VERSION, Optional.empty());
    }

    public EmbeddedSettings withDataDir(Path folder) {
        return new EmbeddedSettings(postgresVersion, Optional.of(folder), idleShutdown);
    }

    public EmbeddedSettings withIdleShutdown(Duration idle) {
        return new EmbeddedSettings(postgresVersion, dataDir, idle);
    }

    /** {@code idle} as an {@code idle_shutdown} value: {@code "0"}, {@code "90s"}, {@code "10m"} or {@code "1h"}. */
    static String idleShutdownText(Duration idle) {
        long seconds = idle.toSeconds();
        return seconds == 0 ? "0" : seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /**
     * An {@code idle_shutdown} value: whole seconds, minutes or hours ({@code "90s"}, {@code "10m"},
     * {@code "1h"}), or {@code "0"} for never; empty when {@code text} is none of these.
     */
    public static Optional<Duration> idleShutdownOf(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || (m.group(2).isEmpty() && Long.parseLong(m.group(1)) != 0)) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        });
    }
}
