package io.retort.config;

import io.retort.DurationText;
import io.retort.Redaction;
import io.retort.TransactionMode;
import java.time.Duration;
import java.util.Optional;

/**
 * One {@code [environments.NAME]} table as written, {@code ${VAR}} placeholders not yet replaced.
 * With {@code url} or {@code host} it names a server; with neither, a database in the embedded
 * PostgreSQL. {@code toString()} masks the password.
 *
 * @param confirm whether upgrade, downgrade and stamp ask before changing the database
 * @param transactionPer overrides {@code [retort] transaction_per} for this environment
 * @param lint what {@code upgrade} does with lint findings
 * @param lockTimeout PostgreSQL's {@code lock_timeout} for migrations, when written
 * @param lockRetries how often a migration that timed out waiting for a lock is tried again
 * @param backup whether and where backups are taken
 */
public record EnvironmentConfig(
        Optional<String> url,
        Optional<String> host,
        Optional<String> port,
        Optional<String> database,
        Optional<String> user,
        Optional<String> password,
        boolean confirm,
        Optional<TransactionMode> transactionPer,
        LintLevel lint,
        Optional<Duration> lockTimeout,
        int lockRetries,
        BackupConfig backup) {

    /** An environment with the default backup settings. */
    public EnvironmentConfig(Optional<String> url, Optional<String> host, Optional<String> port, Optional<String> database,
            Optional<String> user, Optional<String> password, boolean confirm, Optional<TransactionMode> transactionPer,
            LintLevel lint, Optional<Duration> lockTimeout, int lockRetries) {
        this(url, host, port, database, user, password, confirm, transactionPer, lint, lockTimeout, lockRetries,
                BackupConfig.DEFAULTS);
    }

    @Override
    public String toString() {
        return "EnvironmentConfig[url=" + url.map(Redaction::url).orElse("") + ", host=" + host.orElse("")
                + ", port=" + port.orElse("") + ", database=" + database.orElse("") + ", user=" + user.orElse("")
                + ", password=" + password.map(p -> Redaction.MASK).orElse("") + ", confirm=" + confirm
                + ", transactionPer=" + transactionPer.map(TransactionMode::configName).orElse("") + ", lint=" + lint
                + ", lockTimeout=" + lockTimeout.map(DurationText::format).orElse("") + ", lockRetries=" + lockRetries
                + ", backup=" + backup + "]";
    }
}
