package io.retort.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything one command needs to know, resolved from retort.toml, the command line and defaults.
 * {@code url} null means the embedded PostgreSQL; {@code log} receives the {@code Running upgrade}
 * lines.
 */
public record RunSettings(
        String url,
        String user,
        String password,
        List<Path> scriptLocations,
        Path cacheDirectory,
        TableName versionTable,
        TableName historyTable,
        TransactionMode mode,
        Duration lockTimeout,
        Map<String, String> arguments,
        Consumer<String> log) {}
