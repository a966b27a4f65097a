package io.retort.spring;

import io.retort.Retort;
import io.retort.config.ConnectionSettings;
import io.retort.config.RetortConfig;
import io.retort.runtime.TableName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * How the {@code spring.retort.*} properties become a {@link Retort}: which retort.toml, which
 * revisions and, above all, which database (the URL, else a named environment's, else the
 * application's DataSource).
 */
record RetortSetup(RetortProperties properties, Optional<RetortConfig> config, Optional<DatabaseAddress> address,
                   Optional<DataSource> dataSource) {
    private static final String PRECOMPILED_INDEX = "META-INF/retort/revisions.idx";

    static RetortSetup of(RetortProperties p, Supplier<JdbcConnectionDetails> details, Supplier<DataSource> dataSource) {
        Optional<RetortConfig> config = usesConfig(p)
                ? Optional.of(RetortConfig.loadOrDefaults(p.config() == null ? null : Path.of(p.config())))
                : Optional.empty();
        // Migrating the application's own database: through its DataSource, which knows the password.
        Optional<DataSource> applications = p.url() == null && p.environment() == null && p.user() == null && p.password() == null
                ? Optional.ofNullable(dataSource.get()) : Optional.empty();
        return new RetortSetup(p, config, address(p, config, details, dataSource), applications);
    }

    /** Whether the migrated database is the application's own, so Hibernate must leave its schema alone. */
    boolean migratesApplicationDatabase() {
        return properties.url() == null && properties.environment() == null;
    }

    TableName historyTable() {
        return config.map(c -> TableName.of(c.versionTableSchema().orElse(null), c.historyTable()))
                .orElse(TableName.of(null, RetortConfig.DEFAULT_HISTORY_TABLE));
    }

    Retort build(ClassLoader classLoader, Consumer<String> log) {
        RetortProperties p = properties;
        Retort.Builder b = usesConfig(p)
                ? Retort.fromConfig(p.config() == null ? null : Path.of(p.config()), p.environment(), null, System.getenv())
                : Retort.configure();
        if (!p.locations().isEmpty()) {
            b.scriptLocations(p.locations().stream().map(Path::of).toList());
        } else if (!usesConfig(p)) {
            if (classLoader.getResource(PRECOMPILED_INDEX) != null) {
                b.precompiledRevisions(classLoader);
            } else {
                b.scriptLocations(List.of(Path.of(RetortConfig.DEFAULT_SCRIPT_LOCATION)));
            }
        }
        if (p.transactionPer() != null) {
            b.transactionMode(p.transactionPer());
        }
        if (p.lockTimeout() != null) {
            b.lockTimeout(p.lockTimeout());
        }
        if (dataSource.isPresent()) {
            b.dataSource(dataSource.get());
        } else {
            address.ifPresent(a -> b.database(a.url(), a.user(), a.password()));
        }
        return b.log(log).build();
    }

    private static boolean usesConfig(RetortProperties p) {
        return p.config() != null || p.environment() != null;
    }

    private static Optional<DatabaseAddress> address(RetortProperties p, Optional<RetortConfig> config,
                                                     Supplier<JdbcConnectionDetails> details, Supplier<DataSource> dataSource) {
        if (p.url() != null) {
            return Optional.of(new DatabaseAddress(p.url(), p.user(), p.password()));
        }
        if (p.environment() != null) {
            return config.map(c -> c.environment(p.environment(), System.getenv()).connection())
                    .filter(ConnectionSettings.Jdbc.class::isInstance)
                    .map(ConnectionSettings.Jdbc.class::cast)
                    .map(j -> new DatabaseAddress(j.url(), j.user().orElse(null), j.password().orElse(null)));
        }
        DatabaseAddress app = applicationAddress(details.get(), dataSource.get());
        return Optional.ofNullable(app).map(a -> new DatabaseAddress(a.url(),
                p.user() != null ? p.user() : a.user(), p.password() != null ? p.password() : a.password()));
    }

    /** Boot's connection details when it made the DataSource; else what the DataSource says (no password). */
    private static DatabaseAddress applicationAddress(JdbcConnectionDetails details, DataSource dataSource) {
        if (details != null) {
            return new DatabaseAddress(details.getJdbcUrl(), details.getUsername(), details.getPassword());
        }
        if (dataSource == null) {
            return null;
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return new DatabaseAddress(meta.getURL(), meta.getUserName(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the DataSource's JDBC URL for Retort: " + e.getMessage(), e);
        }
    }
}
