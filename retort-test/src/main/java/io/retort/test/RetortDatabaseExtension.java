package io.retort.test;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link MigratedDatabase}, {@link DataSource}, {@link Connection} and {@link RetortChecks}
 * parameters for {@link RetortDatabase}. The database belongs to the scope the annotation is on
 * (the method, else the class) and is dropped when that scope ends; connections close after the
 * method (or class) that asked for them.
 */
public final class RetortDatabaseExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RetortDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MigratedDatabase.class || type == DataSource.class || type == Connection.class || type == RetortChecks.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Optional<RetortDatabase> onMethod = context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, RetortDatabase.class));
        ExtensionContext scope = onMethod.isPresent() ? context : classScope(context);
        RetortDatabase settings = onMethod.orElseGet(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RetortDatabase.class)
                .orElseGet(() -> Defaults.class.getAnnotation(RetortDatabase.class)));
        if (type == RetortChecks.class) {
            return scope.getStore(NAMESPACE).getOrComputeIfAbsent("checks", k -> checks(settings, context), Made.class).value();
        }
        MigratedDatabase db = (MigratedDatabase) scope.getStore(NAMESPACE)
                .getOrComputeIfAbsent("database", k -> migrated(settings, context), Made.class).value();
        if (type == DataSource.class) {
            return db.dataSource();
        }
        if (type == Connection.class) {
            try {
                Connection c = db.connect();
                context.getStore(NAMESPACE).put(UUID.randomUUID(), (AutoCloseable) c::close);
                return c;
            } catch (SQLException e) {
                throw new ParameterResolutionException("cannot connect to the test database " + db.name() + ": " + e.getMessage(), e);
            }
        }
        return db;
    }

    private static Made migrated(RetortDatabase settings, ExtensionContext context) {
        DatabaseServer server = DatabaseServer.choose(settings.url());
        MigratedDatabase db = DatabaseTemplates.clone(server, builder(settings), settings.target(), owner(context));
        return new Made(db, () -> DatabaseTemplates.drop(server, db.name()));
    }

    private static Made checks(RetortDatabase settings, ExtensionContext context) {
        DatabaseServer server = DatabaseServer.choose(settings.url());
        String name = DatabaseTemplates.empty(server, owner(context));
        Retort retort = builder(settings).get().database(server.url(name), null, null).confirmed(true).log(line -> {}).build();
        return new Made(new RetortChecks(retort, hasModel(settings)), () -> DatabaseTemplates.drop(server, name));
    }

    /** Where the revisions come from: the config file (or ./retort.toml), with the locations instead of its own. */
    static Supplier<Retort.Builder> builder(RetortDatabase settings) {
        Optional<Path> config = configFile(settings);
        List<Path> locations = Arrays.stream(settings.locations()).map(Path::of).toList();
        return () -> {
            Retort.Builder b = ownLocationsOnly(config, locations) ? Retort.configure()
                    : Retort.fromConfig(config.orElse(null), null, null, System.getenv());
            return locations.isEmpty() ? b : b.scriptLocations(locations);
        };
    }

    private static boolean hasModel(RetortDatabase settings) {
        Optional<Path> config = configFile(settings);
        return !ownLocationsOnly(config, List.of(settings.locations()))
                && RetortConfig.loadOrDefaults(config.orElse(null)).model().isPresent();
    }

    /** Locations and no config file: no ./retort.toml is read. */
    private static boolean ownLocationsOnly(Optional<Path> config, List<?> locations) {
        return config.isEmpty() && !locations.isEmpty();
    }

    private static Optional<Path> configFile(RetortDatabase settings) {
        if (settings.config().isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(settings.config());
        if (!Files.isRegularFile(file)) {
            throw new RetortException("@RetortDatabase(config = \"" + settings.config() + "\"): no such file in "
                    + Path.of("").toAbsolutePath() + "; give a path relative to the tests' working directory");
        }
        return Optional.of(file);
    }

    private static ExtensionContext classScope(ExtensionContext context) {
        ExtensionContext scope = context;
        while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
            scope = scope.getParent().get();
        }
        return scope;
    }

    private static String owner(ExtensionContext context) {
        return context.getTestClass().map(Class::getSimpleName).orElse("test")
                + context.getTestMethod().map(m -> "_" + m.getName()).orElse("");
    }

    /** Something made for a scope, and how to undo it when the scope closes. */
    private record Made(Object value, Runnable undo) implements AutoCloseable {
        @Override
        public void close() {
            undo.run();
        }
    }

    /** The annotation's defaults, for a class that implements {@link RetortCheckSuite} without it. */
    @RetortDatabase
    private static final class Defaults {}
}
