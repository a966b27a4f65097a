package io.retort.config;

import io.retort.TransactionMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment a command runs against, placeholders replaced and overrides applied. Its
 * {@code toString()} shows no password.
 *
 * @param name the environment's name in retort.toml
 * @param connection where the database is
 * @param confirm whether upgrade, downgrade and stamp ask before changing the database
 * @param transactionPer the transaction grouping for this environment
 * @param urlOverride where an override came from ({@code --url} or {@code RETORT_URL}), or empty
 * @param lint what {@code upgrade} does with lint findings about the revisions it is to run
 * @param lockTimeout PostgreSQL's {@code lock_timeout} while migrations run; zero for none
 * @param lockRetries how often a migration that timed out waiting for a lock is tried again
 * @param backup whether and where backups are taken
 */
public record ResolvedEnvironment(
        String name, ConnectionSettings connection, boolean confirm, TransactionMode transactionPer, String urlOverride,
        LintLevel lint, Duration lockTimeout, int lockRetries, BackupConfig backup) {
    /** The {@code lock_timeout} of an environment with {@code confirm = true} that sets none. */
    public static final Duration CONFIRMED_LOCK_TIMEOUT = Duration.ofSeconds(5);

    public ResolvedEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(transactionPer, "transactionPer");
        Objects.requireNonNull(urlOverride, "urlOverride");
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(backup, "backup");
    }

    /** An environment with the default backup settings: none before changes. */
    public ResolvedEnvironment(
            String name, ConnectionSettings connection, boolean confirm, TransactionMode transactionPer, String urlOverride,
            LintLevel lint, Duration lockTimeout, int lockRetries) {
        this(name, connection, confirm, transactionPer, urlOverride, lint, lockTimeout, lockRetries, BackupConfig.DEFAULTS);
    }

    /** An environment with the default lock timeout ({@link #CONFIRMED_LOCK_TIMEOUT} when it asks, else none). */
    public ResolvedEnvironment(
            String name, ConnectionSettings connection, boolean confirm, TransactionMode transactionPer, String urlOverride,
            LintLevel lint) {
        this(name, connection, confirm, transactionPer, urlOverride, lint,
                confirm ? CONFIRMED_LOCK_TIMEOUT : Duration.ZERO, 0);
    }

    /** An environment that warns about lint findings (the default). */
    public ResolvedEnvironment(
            String name, ConnectionSettings connection, boolean confirm, TransactionMode transactionPer, String urlOverride) {
        this(name, connection, confirm, transactionPer, urlOverride, LintLevel.WARN);
    }

    /** One line for messages: {@code environment 'staging': jdbc:postgresql://db:5432/smartem as smartem}. */
    public String describe() {
        return "environment '" + name + "': " + connection.describe()
                + (urlOverride.isEmpty() ? "" : " (from " + urlOverride + ")");
    }
}
