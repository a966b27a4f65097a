package io.retort.config;

import io.retort.Redaction;
import io.retort.RetortException;
import io.retort.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Picks one environment of a {@link RetortConfig}, fills its placeholders and applies overrides. */
final class EnvironmentResolution {
    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final String DEFAULT_PORT = "5432";
    /** What an empty retort.toml means: the embedded PostgreSQL. */
    private static final EnvironmentConfig IMPLICIT = new EnvironmentConfig(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), LintLevel.WARN,
            Optional.empty(), 0);

    private final RetortConfig config;
    private final Map<String, String> variables;

    EnvironmentResolution(RetortConfig config, Map<String, String> variables) {
        this.config = config;
        this.variables = variables;
    }

    ResolvedEnvironment resolve(String name, String urlOverride) {
        EnvironmentConfig env = find(name);
        TransactionMode mode = env.transactionPer().orElse(config.transactionPer());
        Optional<String> cliUrl = Optional.ofNullable(urlOverride).filter(u -> !u.isBlank());
        Optional<String> variableUrl = Optional.ofNullable(variables.get(RetortConfig.URL_VARIABLE)).filter(u -> !u.isBlank());
        if (cliUrl.isPresent() || variableUrl.isPresent()) {
            // The override replaces the whole connection, so this environment's variables need not be set.
            String source = cliUrl.isPresent() ? "--url" : RetortConfig.URL_VARIABLE;
            String url = cliUrl.orElseGet(variableUrl::get);
            requireJdbc(url, source);
            return new ResolvedEnvironment(name, new ConnectionSettings.Jdbc(url, Optional.empty(), Optional.empty()),
                    env.confirm(), mode, source, env.lint(), lockTimeout(env), env.lockRetries(), env.backup());
        }
        return new ResolvedEnvironment(name, connection(name, env), env.confirm(), mode, "", env.lint(), lockTimeout(env),
                env.lockRetries(), env.backup());
    }

    private static Duration lockTimeout(EnvironmentConfig env) {
        return env.lockTimeout().orElse(env.confirm() ? ResolvedEnvironment.CONFIRMED_LOCK_TIMEOUT : Duration.ZERO);
    }

    private EnvironmentConfig find(String name) {
        EnvironmentConfig env = config.environments().get(name);
        if (env != null) {
            return env;
        }
        if (config.environments().isEmpty() && name.equals(config.defaultEnvironment())) {
            return IMPLICIT;
        }
        String known = config.environments().isEmpty()
                ? "it has none: add an [environments." + name + "] table"
                : "known: " + String.join(", ", config.environmentNames());
        throw new RetortException(config.file() + ": unknown environment '" + name + "' (" + known + ")");
    }

    private ConnectionSettings connection(String name, EnvironmentConfig env) {
        EnvironmentVariables placeholders = new EnvironmentVariables(variables);
        Optional<String> url = given(placeholders.expand(env.url()));
        Optional<String> host = given(placeholders.expand(env.host()));
        Optional<String> port = given(placeholders.expand(env.port()));
        Optional<String> database = given(placeholders.expand(env.database()));
        Optional<String> user = given(placeholders.expand(env.user()));
        Optional<String> password = given(placeholders.expand(env.password()));
        if (!placeholders.missing().isEmpty()) {
            List<String> missing = List.copyOf(placeholders.missing());
            throw error(name, "needs " + listing(missing) + ", which " + (missing.size() == 1 ? "is" : "are") + " not set");
        }
        if (!placeholders.empty().isEmpty()) {
            List<String> empty = List.copyOf(placeholders.empty());
            throw new RetortException(config.file() + ": environment '" + name + "': " + listing(empty)
                    + (empty.size() == 1 ? " is" : " are") + " empty; set " + (empty.size() == 1 ? "it" : "them")
                    + ", or write ${" + empty.get(0) + ":-} where empty means not given");
        }
        if (url.isPresent()) {
            if (host.isPresent() || port.isPresent() || database.isPresent()) {
                throw error(name, "sets url and also host, port or database: put everything in url, or drop url");
            }
            requireJdbc(url.get(), config.file() + ": environment '" + name + "' url");
            return new ConnectionSettings.Jdbc(url.get(), user, password);
        }
        if (host.isPresent()) {
            String portNumber = port.orElse(DEFAULT_PORT);
            if (!portNumber.matches("\\d{1,5}") || Integer.parseInt(portNumber) > 65535) {
                throw error(name, "has port \"" + portNumber + "\", which is not a port number");
            }
            String db = database.orElseThrow(() -> error(name, "has a host but no database: add database = \"...\""));
            String hostPart = host.get().contains(":") && !host.get().startsWith("[") ? "[" + host.get() + "]" : host.get();
            return new ConnectionSettings.Jdbc("jdbc:postgresql://" + hostPart + ":" + portNumber + "/" + db, user, password);
        }
        if (port.isPresent() || user.isPresent() || password.isPresent()) {
            throw error(name, "has no url or host, so it uses the embedded PostgreSQL, which takes only database:"
                    + " add host (or url), or remove port, user and password");
        }
        return new ConnectionSettings.Embedded(database.orElse(RetortConfig.DEFAULT_EMBEDDED_DATABASE));
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    private static String listing(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A value left empty (e.g. {@code ${DB_HOST:-}}) counts as not given. */
    private static Optional<String> given(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }

    /** {@code what} names the URL's origin, e.g. {@code --url}. */
    private static void requireJdbc(String url, String what) {
        if (!url.startsWith(JDBC_PREFIX)) {
            throw new RetortException(what + " is " + Redaction.url(url)
                    + ", but Retort needs a PostgreSQL JDBC URL: jdbc:postgresql://HOST:PORT/DATABASE");
        }
    }

    private RetortException error(String name, String message) {
        return new RetortException(config.file() + ": environment '" + name + "' " + message);
    }
}
