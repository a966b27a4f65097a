package io.retort.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code [embedded]} table of {@code retort.toml} as written; what is left out takes the
 * embedded server's own default, which is none of the configuration's business.
 *
 * @param postgresVersion the PostgreSQL major version, e.g. {@code "15"}
 * @param dataDir the data folder, resolved against the project folder
 * @param idleShutdown how long the server may sit idle ({@code idle_shutdown}); zero for never
 */
public record EmbeddedConfig(Optional<String> postgresVersion, Optional<Path> dataDir, Optional<Duration> idleShutdown) {
    public EmbeddedConfig {
        Objects.requireNonNull(postgresVersion, "postgresVersion");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(idleShutdown, "idleShutdown");
    }

    /** A file without an {@code [embedded]} table. */
    public static EmbeddedConfig unset() {
        return new EmbeddedConfig(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
