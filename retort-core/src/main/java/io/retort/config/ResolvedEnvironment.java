package io.retort.config;

import io.retort.TransactionMode;
import java.util.Objects;

/**
 * The environment a command runs against, placeholders replaced and overrides applied. Its
 * {@code toString()} shows no password.
 *
 * @param name the environment's name in retort.toml
 * @param connection where the database is
 * @param confirm whether downgrade and stamp need an explicit confirmation flag
 * @param transactionPer the transaction grouping for this environment
 * @param urlOverride where an override came from ({@code --url} or {@code RETORT_URL}), or empty
 * @param lint what {@code upgrade} does with lint findings about the revisions it is to run
 */
public record ResolvedEnvironment(
        String name, ConnectionSettings connection, boolean confirm, TransactionMode transactionPer, String urlOverride,
        LintLevel lint) {

    public ResolvedEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(transactionPer, "transactionPer");
        Objects.requireNonNull(urlOverride, "urlOverride");
        Objects.requireNonNull(lint, "lint");
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
