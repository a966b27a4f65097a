package io.retort.runtime;

import io.retort.TransactionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything one command needs to know, resolved from retort.toml, the command line and defaults.
 *
 * @param database where to connect; asked only when a command needs the database, so that
 *     {@code heads} or {@code history} never start the embedded server
 * @param projectDir the folder of retort.toml, where the revision template lives
 * @param fileTemplate how new revision files are named
 * @param log receives the {@code Running upgrade ...} lines
 */
public record RunSettings(
        Supplier<Database> database,
        Path projectDir,
        List<Path> scriptLocations,
        Path cacheDirectory,
        String fileTemplate,
        TableName versionTable,
        TableName historyTable,
        TransactionMode mode,
        Duration lockTimeout,
        Map<String, String> arguments,
        Consumer<String> log) {

    /** A database to connect to, and how to name it in messages (never with a password). */
    public record Database(String url, String user, String password, String description) {
        @Override
        public String toString() {
            return description;
        }
    }
}
