package io.retort.config;

import io.retort.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an environment's database is: a JDBC URL, or a database in the embedded PostgreSQL.
 * Nothing here prints a password: {@code toString()} and {@link #describe()} mask it.
 */
public sealed interface ConnectionSettings {

    /** A line for messages, e.g. {@code jdbc:postgresql://db:5432/smartem as smartem}; no password. */
    String describe();

    /** {@code url} with any password in it replaced by {@code ***} ({@code password=} parameters and {@code user:password@}). */
    static String redacted(String url) {
        return Redaction.url(url);
    }

    /**
     * A server reached by JDBC URL.
     *
     * @param user empty when the URL carries it, or the driver's default applies
     * @param password empty when the URL carries it, or none is needed
     */
    record Jdbc(String url, Optional<String> user, Optional<String> password) implements ConnectionSettings {
        public Jdbc {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String describe() {
            return redacted(url) + user.map(u -> " as " + u).orElse("");
        }

        @Override
        public String toString() {
            return "Jdbc[url=" + redacted(url) + ", user=" + user.orElse("") + ", password="
                    + password.map(p -> Redaction.MASK).orElse("") + "]";
        }
    }

    /** A database in the project's embedded PostgreSQL ({@code io.retort.embedded.EmbeddedPostgres}). */
    record Embedded(String database) implements ConnectionSettings {
        public Embedded {
            Objects.requireNonNull(database, "database");
        }

        @Override
        public String describe() {
            return "embedded PostgreSQL, database " + database;
        }
    }
}
