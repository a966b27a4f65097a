package io.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The library entry point: runs commands against one database, like the {@code retort} command
 * does. Build one with {@link #configure()}.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *         .url("jdbc:postgresql://127.0.0.1:5432/smartem?user=postgres")
 *         .scriptLocations(List.of(Path.of("smartem/migrations/versions")))
 *         .build();
 * retort.upgrade("head");
 * }</pre>
 */
public final class Retort {
    // STUB: the runtime replaces this body; the signatures below are the contract.

    /** The builder. */
    public static final class Builder {
        Builder() {}

        /** The JDBC URL of the database, user and password included or given separately. */
        public Builder url(String jdbcUrl) { return this; }

        public Builder user(String user) { return this; }

        public Builder password(String password) { return this; }

        /** Folders holding revision files. */
        public Builder scriptLocations(List<Path> folders) { return this; }

        /** The version table's name (default {@code alembic_version}). */
        public Builder versionTable(String name) { return this; }

        /** {@code -x key=value} arguments for migrations. */
        public Builder arguments(Map<String, String> args) { return this; }

        /** One transaction per migration instead of one for the whole run. */
        public Builder transactionPerMigration(boolean value) { return this; }

        /** Reads {@code retort.toml} and picks an environment (null for the default). */
        public Builder config(Path retortToml, String environment) { return this; }

        public Retort build() { throw new UnsupportedOperationException("runtime not merged yet"); }
    }

    public static Builder configure() {
        return new Builder();
    }

    /** Applies the target and everything it needs; returns the revisions run, in order. */
    public List<String> upgrade(String target) { throw new UnsupportedOperationException(); }

    /** Removes the applied revisions above the target; returns the revisions run, in order. */
    public List<String> downgrade(String target) { throw new UnsupportedOperationException(); }

    /** Writes the version table to say the database is at the targets, running nothing. */
    public void stamp(List<String> targets, boolean purge) { throw new UnsupportedOperationException(); }

    /** The revisions in the version table (one per applied head). */
    public List<String> current() { throw new UnsupportedOperationException(); }

    /** The upgrade as an SQL script, for {@code start:end} ranges too. */
    public String upgradeSql(String target) { throw new UnsupportedOperationException(); }

    /** The downgrade as an SQL script. */
    public String downgradeSql(String target) { throw new UnsupportedOperationException(); }
}
