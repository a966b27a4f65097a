package io.retort.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

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
}
