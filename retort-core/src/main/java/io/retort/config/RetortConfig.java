package io.retort.config;

import io.retort.RetortException;
import io.retort.TransactionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings in {@code retort.toml}: the {@code [retort]} table, {@code [embedded]} and the
 * {@code [environments.NAME]} tables. Paths are resolved against the folder holding the file;
 * environments keep their {@code ${VAR}} placeholders until {@link #environment} picks one.
 *
 * <pre>{@code
 * RetortConfig config = RetortConfig.load(Path.of("smartem/retort.toml"));
 * ResolvedEnvironment env = config.environment(null, System.getenv(), cliUrlOrNull);
 * }</pre>
 *
 * @param file the file read (as given, for messages)
 * @param projectDir the folder holding the file, absolute
 * @param versionTableSchema empty for the connection's default schema
 * @param environments by name, in file order
 * @param model the {@code [model]} table, where autogenerate finds the entities; empty when absent
 * @param fleet the {@code [fleet]} table, the targets of {@code retort fleet}; empty when absent
 * @param environmentFleets the environments' own {@code fleet} tables, which replace {@code [fleet]}
 */
public record RetortConfig(
        Path file,
        Path projectDir,
        List<Path> scriptLocations,
        String versionTable,
        Optional<String> versionTableSchema,
        String historyTable,
        String fileTemplate,
        TransactionMode transactionPer,
        int lockTimeoutSeconds,
        String defaultEnvironment,
        EmbeddedConfig embedded,
        Map<String, EnvironmentConfig> environments,
        Optional<ModelSection> model,
        Optional<FleetConfig> fleet,
        Map<String, FleetConfig> environmentFleets) {

    public static final String FILE_NAME = "retort.toml";
    /** The process environment variable that, like {@code --url}, replaces the environment's database. */
    public static final String URL_VARIABLE = "RETORT_URL";
    public static final String DEFAULT_SCRIPT_LOCATION = "migrations/versions";
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    public static final String DEFAULT_HISTORY_TABLE = "retort_history";
    public static final String DEFAULT_FILE_TEMPLATE = "R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug}";
    public static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 60;
    public static final String DEFAULT_ENVIRONMENT = "development";
    /** The database of an embedded environment that names none. */
    public static final String DEFAULT_EMBEDDED_DATABASE = "retort";

    public RetortConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(projectDir, "projectDir");
        scriptLocations = List.copyOf(scriptLocations);
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(versionTableSchema, "versionTableSchema");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(transactionPer, "transactionPer");
        Objects.requireNonNull(defaultEnvironment, "defaultEnvironment");
        Objects.requireNonNull(embedded, "embedded");
        environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fleet, "fleet");
        environmentFleets = Map.copyOf(environmentFleets);
    }

    /** The fleet of {@code environment} (null: the default one): its own {@code fleet} table, else {@code [fleet]}. */
    public Optional<FleetConfig> fleet(String environment) {
        FleetConfig own = environmentFleets.get(environment == null ? defaultEnvironment : environment);
        return own != null ? Optional.of(own) : fleet;
    }

    /** Reads {@code file}; a missing or invalid file is a {@link RetortException} naming it. */
    public static RetortConfig load(Path file) {
        try {
            return parse(Files.readString(file), file);
        } catch (NoSuchFileException e) {
            throw new RetortException(file + " does not exist: check the path, create it with `retort init`,"
                    + " or leave out -c to use ./retort.toml or, without one, the defaults");
        } catch (IOException e) {
            throw new RetortException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The project's settings: {@code file} when given (it must exist); otherwise
     * {@code ./retort.toml}, or {@link #defaults} for the working directory when there is none,
     * so a folder of revisions runs on the embedded PostgreSQL or a {@code --url} as it is.
     */
    public static RetortConfig loadOrDefaults(Path file) {
        if (file != null) {
            return load(file);
        }
        Path here = Path.of(FILE_NAME);
        return Files.exists(here) ? load(here) : defaults(Path.of("").toAbsolutePath());
    }

    /** Parses {@code toml} as if read from {@code file}, which names it in errors and anchors relative paths. */
    public static RetortConfig parse(String toml, Path file) {
        return RetortConfigReader.read(toml, file);
    }

    /**
     * The settings of a project without a retort.toml: every default, and no environments, so
     * the default environment is the embedded PostgreSQL with database {@code retort}.
     */
    public static RetortConfig defaults(Path projectDir) {
        return parse("", projectDir.resolve(FILE_NAME));
    }

    /** The environment names, sorted. */
    public Set<String> environmentNames() {
        return Collections.unmodifiableSet(new TreeSet<>(environments.keySet()));
    }

    /** {@link #environment(String, Map, String)} without a {@code --url}. */
    public ResolvedEnvironment environment(String name, Map<String, String> variables) {
        return environment(name, variables, null);
    }

    /**
     * The environment a command runs against.
     *
     * @param name the environment, or null for {@link #defaultEnvironment()}
     * @param variables the process environment ({@code System.getenv()}); fills the chosen
     *     environment's {@code ${VAR}} placeholders, and its {@code RETORT_URL} replaces the database
     * @param urlOverride {@code --url}, or null; replaces the database and wins over {@code RETORT_URL}
     */
    public ResolvedEnvironment environment(String name, Map<String, String> variables, String urlOverride) {
        return new EnvironmentResolution(this, variables).resolve(name == null ? defaultEnvironment : name, urlOverride);
    }
}
