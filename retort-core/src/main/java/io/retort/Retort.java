package io.retort;

import io.retort.graph.RevisionGraph;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RunSettings;
import io.retort.runtime.TableName;
import io.retort.runtime.TransactionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
    private final MigrationEngine engine;

    private Retort(MigrationEngine engine) {
        this.engine = engine;
    }

    /** Collects the settings of a {@link Retort}; every setting has a default but the URL. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private List<Path> scriptLocations = List.of(Path.of("versions"));
        private Path cacheDirectory;
        private String versionTable = "alembic_version";
        private String versionTableSchema;
        private String historyTable = "retort_history";
        private TransactionMode mode = TransactionMode.RUN;
        private Duration lockTimeout = Duration.ofSeconds(60);
        private Map<String, String> arguments = Map.of();
        private Consumer<String> log = System.err::println;

        Builder() {}

        /** The JDBC URL of the database; user and password may be in it or given separately. */
        public Builder url(String jdbcUrl) {
            this.url = jdbcUrl;
            return this;
        }

        public Builder user(String value) {
            this.user = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** Folders holding revision files. */
        public Builder scriptLocations(List<Path> folders) {
            this.scriptLocations = List.copyOf(folders);
            return this;
        }

        /** Where compiled revisions are cached (default {@code .retort/cache} beside the first script location's parent). */
        public Builder cacheDirectory(Path folder) {
            this.cacheDirectory = folder;
            return this;
        }

        /** The version table's name (default {@code alembic_version}). */
        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        public Builder versionTableSchema(String schema) {
            this.versionTableSchema = schema;
            return this;
        }

        /** The history table's name (default {@code retort_history}), in the version table's schema. */
        public Builder historyTable(String name) {
            this.historyTable = name;
            return this;
        }

        /** {@code -x key=value} arguments for migrations. */
        public Builder arguments(Map<String, String> args) {
            this.arguments = Map.copyOf(args);
            return this;
        }

        /** One transaction per migration instead of one for the whole run. */
        public Builder transactionPerMigration(boolean value) {
            this.mode = value ? TransactionMode.MIGRATION : TransactionMode.RUN;
            return this;
        }

        public Builder transactionMode(TransactionMode value) {
            this.mode = Objects.requireNonNull(value);
            return this;
        }

        /** How long to wait for another run's lock before failing (default 60 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = value;
            return this;
        }

        /** Where the {@code Running upgrade ...} lines go (default standard error). */
        public Builder log(Consumer<String> sink) {
            this.log = Objects.requireNonNull(sink);
            return this;
        }

        public Retort build() {
            Path cache = cacheDirectory != null ? cacheDirectory : defaultCache(scriptLocations);
            RunSettings settings = new RunSettings(url, user, password, scriptLocations, cache,
                    TableName.of(versionTableSchema, versionTable), TableName.of(versionTableSchema, historyTable),
                    mode, lockTimeout, arguments, log);
            return new Retort(MigrationEngine.forSources(settings));
        }

        private static Path defaultCache(List<Path> locations) {
            Path first = locations.isEmpty() ? Path.of("versions") : locations.get(0).toAbsolutePath();
            Path parent = first.getParent() == null ? first : first.getParent();
            return parent.resolve(".retort").resolve("cache");
        }
    }

    public static Builder configure() {
        return new Builder();
    }

    /** The revision graph, read from the revision headers without compiling anything. */
    public RevisionGraph graph() {
        return engine.graph();
    }

    /** Applies the target and everything it needs; returns the revisions run, in order. */
    public List<String> upgrade(String target) {
        return engine.upgrade(target);
    }

    /** Removes the applied revisions above the target; returns the revisions run, in order. */
    public List<String> downgrade(String target) {
        return engine.downgrade(target);
    }

    /** Writes the version table to say the database is at the targets, running nothing. */
    public void stamp(List<String> targets, boolean purge) {
        engine.stamp(targets, purge);
    }

    /** The revisions in the version table (one per applied head). */
    public List<String> current() {
        return engine.current();
    }

    /** The upgrade as an SQL script; the target may be a {@code start:end} range. */
    public String upgradeSql(String target) {
        return engine.upgradeSql(target);
    }

    /** The downgrade as an SQL script, for a {@code start:end} range. */
    public String downgradeSql(String target) {
        return engine.downgradeSql(target);
    }
}
