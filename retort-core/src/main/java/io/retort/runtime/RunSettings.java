package io.retort.runtime;

import io.retort.Redaction;
import io.retort.RetortException;
import io.retort.TransactionMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Everything one command needs to know, resolved from retort.toml, the command line and defaults.
 *
 * @param database where to connect; asked only when a command needs the database, so that
 *     {@code heads} or {@code history} never start the embedded server
 * @param projectDir the folder of retort.toml, where the revision template lives
 * @param fileTemplate how new revision files are named
 * @param lockTimeout how long to wait for Retort's advisory lock
 * @param lockWaits how long a migration waits for a table lock, and how often it is tried again
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
        LockWaits lockWaits,
        Map<String, String> arguments,
        Consumer<String> log) {

    /**
     * PostgreSQL's {@code lock_timeout} while migrations run (zero: wait as long as it takes), and
     * how often a run that timed out waiting for a lock is tried again.
     */
    public record LockWaits(Duration timeout, int retries) {
        public static final LockWaits NONE = new LockWaits(Duration.ZERO, 0);
    }

    /** These settings on another database, logging nothing: for scratch databases. */
    public RunSettings on(Database other) {
        return new RunSettings(() -> other, projectDir, scriptLocations, cacheDirectory, fileTemplate, versionTable,
                historyTable, mode, lockTimeout, lockWaits, arguments, line -> { });
    }

    /**
     * Where a step that runs outside a transaction records how far it came, beside the history
     * table: {@code retort_history_progress} by default.
     */
    public TableName progressTable() {
        return TableName.of(historyTable.schema(), historyTable.name() + "_progress");
    }

    /**
     * A database to connect to, and how to name it in messages (never with a password).
     *
     * @param dataSource where connections come from, when an application supplies them; null to
     *     open them with the URL, user and password (the URL is then what the connections' metadata says)
     */
    public record Database(String url, String user, String password, String description, DataSource dataSource) {
        public Database(String url, String user, String password, String description) {
            this(url, user, password, description, null);
        }

        /**
         * The database {@code source} connects to, named in messages by its connections' metadata
         * URL (redacted); opens one connection to read it.
         */
        public static Database of(DataSource source) {
            try (Connection c = Connections.open(source, source.getClass().getSimpleName())) {
                DatabaseMetaData meta = c.getMetaData();
                String url = meta.getURL();
                if (url == null || !url.startsWith("jdbc:postgresql:")) {
                    throw new RetortException("the DataSource connects to '" + Redaction.url(url)
                            + "', which is not PostgreSQL; Retort migrates PostgreSQL databases");
                }
                return new Database(url, meta.getUserName(), null, Redaction.url(url), source);
            } catch (SQLException e) {
                throw new RetortException("cannot read the JDBC URL of the DataSource (" + source.getClass().getSimpleName()
                        + "): " + e.getMessage(), e);
            }
        }

        /** A new connection to this database, in autocommit; the caller closes it. */
        public Connection connect() {
            return dataSource != null ? Connections.open(dataSource, description) : Connections.open(url, user, password);
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
