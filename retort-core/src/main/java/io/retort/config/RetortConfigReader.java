package io.retort.config;

import io.retort.DurationText;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.retort.RetortException;
import io.retort.TransactionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns retort.toml's text into a {@link RetortConfig}, with errors that name the file and key. */
final class RetortConfigReader {
    private final Path file;

    private RetortConfigReader(Path file) {
        this.file = file;
    }

    static RetortConfig read(String toml, Path file) {
        return new RetortConfigReader(file).read(toml);
    }

    private RetortConfig read(String toml) {
        TomlTables.File tables = toml.isBlank() ? null : parse(toml);
        TomlTables.RetortTable retort = tables == null || tables.retort() == null
                ? new TomlTables.RetortTable(null, null, null, null, null, null, null, null) : tables.retort();
        Path projectDir = file.toAbsolutePath().normalize().getParent();
        return new RetortConfig(
                file,
                projectDir,
                scriptLocations(retort.scriptLocations(), projectDir),
                nonEmpty("retort.version_table", retort.versionTable(), RetortConfig.DEFAULT_VERSION_TABLE),
                Optional.ofNullable(retort.versionTableSchema()).filter(s -> !s.isBlank()),
                nonEmpty("retort.history_table", retort.historyTable(), RetortConfig.DEFAULT_HISTORY_TABLE),
                nonEmpty("retort.file_template", retort.fileTemplate(), RetortConfig.DEFAULT_FILE_TEMPLATE),
                transactionMode("retort.transaction_per", retort.transactionPer()).orElse(TransactionMode.RUN),
                lockTimeout(retort.lockTimeoutSeconds()),
                nonEmpty("retort.default_environment", retort.defaultEnvironment(), RetortConfig.DEFAULT_ENVIRONMENT),
                embedded(tables == null ? null : tables.embedded(), projectDir),
                environments(tables == null ? null : tables.environments()),
                Optional.ofNullable(tables == null ? null : tables.model()).map(m -> model(m, projectDir)),
                Optional.ofNullable(tables == null ? null : tables.fleet()).map(f -> fleet("fleet", f)),
                environmentFleets(tables == null ? Map.of() : tables.environmentFleets()));
    }

    private Map<String, FleetConfig> environmentFleets(Map<String, TomlTables.Fleet> tables) {
        Map<String, FleetConfig> out = new LinkedHashMap<>();
        tables.forEach((name, f) -> out.put(name, fleet("environments." + name + ".fleet", f)));
        return out;
    }

    private FleetConfig fleet(String key, TomlTables.Fleet f) {
        if (f.schemas() == null && f.query() == null && f.targets().isEmpty()) {
            throw error(key + " names no target: give schemas = \"tenant_%\" (a LIKE pattern), query = \"SELECT name, url"
                    + " FROM ...\" or [" + key + ".targets.NAME] tables with url or schema");
        }
        List<FleetConfig.Target> targets = new java.util.ArrayList<>();
        f.targets().forEach((name, t) -> {
            if (!name.matches("[A-Za-z0-9_.@-]+")) {
                throw error(key + ".targets." + name + ": a target's name may hold letters, digits and _ . @ - only");
            }
            if ((t.url() == null) == (t.schema() == null)) {
                throw error(key + ".targets." + name + " needs either url (a database) or schema (a schema of the"
                        + " environment's database), not " + (t.url() == null ? "neither" : "both"));
            }
            targets.add(new FleetConfig.Target(name, Optional.ofNullable(t.url()), Optional.ofNullable(t.schema()),
                    t.arguments()));
        });
        return new FleetConfig(Optional.ofNullable(f.schemas()).map(s -> nonEmpty(key + ".schemas", s, "tenant_%")),
                Optional.ofNullable(f.query()).map(q -> nonEmpty(key + ".query", q, "SELECT name, url FROM ...")),
                Optional.ofNullable(f.controlUrl()), targets);
    }

    private TomlTables.File parse(String toml) {
        try {
            return TomlTables.parse(toml, this::error);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw error("not valid TOML" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private List<Path> scriptLocations(List<String> given, Path projectDir) {
        List<String> locations = given == null ? List.of(RetortConfig.DEFAULT_SCRIPT_LOCATION) : given;
        if (locations.isEmpty() || locations.stream().anyMatch(l -> l == null || l.isBlank())) {
            throw error("retort.script_locations must list at least one folder, none empty, e.g. [\""
                    + RetortConfig.DEFAULT_SCRIPT_LOCATION + "\"]");
        }
        return locations.stream().map(l -> projectDir.resolve(l).normalize()).toList();
    }

    private String nonEmpty(String key, String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            throw error(key + " is empty: remove it for the default \"" + fallback + "\", or give a value");
        }
        return value;
    }

    private Optional<TransactionMode> transactionMode(String key, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(TransactionMode.fromConfigName(value)
                .orElseThrow(() -> error(key + " is \"" + value + "\": use \"run\" or \"migration\"")));
    }

    private LintLevel lintLevel(String key, String value) {
        if (value == null) {
            return LintLevel.WARN;
        }
        return LintLevel.fromConfigName(value)
                .orElseThrow(() -> error(key + " is \"" + value + "\": use \"off\", \"warn\" or \"error\""));
    }

    private Optional<Duration> lockWait(String key, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(DurationText.parse(value).orElseThrow(() -> error(key + " is \"" + value
                + "\": give \"5s\", \"500ms\", \"1m\" or \"0\" (no limit)")));
    }

    private int lockRetries(String key, Integer value) {
        if (value != null && value < 0) {
            throw error(key + " is " + value + ": use 0 or more retries");
        }
        return value == null ? 0 : value;
    }

    private BackupConfig backup(String prefix, TomlTables.Environment t, Path projectDir) {
        if (t.backupKeep() != null && t.backupKeep() < 1) {
            throw error(prefix + "backup_keep is " + t.backupKeep() + ": keep at least 1 backup");
        }
        return new BackupConfig(Boolean.TRUE.equals(t.backup()), folder(prefix + "backup_dir", t.backupDir(), projectDir),
                t.backupKeep() == null ? BackupConfig.DEFAULT_KEEP : t.backupKeep(),
                folder(prefix + "pg_bin_dir", t.pgBinDir(), projectDir));
    }

    private Optional<Path> folder(String key, String value, Path projectDir) {
        if (value != null && value.isBlank()) {
            throw error(key + " is empty: give a folder (relative to this file), or remove it for the default");
        }
        return Optional.ofNullable(value).map(v -> projectDir.resolve(v).normalize());
    }

    private int lockTimeout(Integer seconds) {
        if (seconds == null) {
            return RetortConfig.DEFAULT_LOCK_TIMEOUT_SECONDS;
        }
        if (seconds < 0) {
            throw error("retort.lock_timeout_seconds is " + seconds + ": use 0 or more seconds");
        }
        return seconds;
    }

    private EmbeddedConfig embedded(TomlTables.Embedded table, Path projectDir) {
        if (table == null) {
            return EmbeddedConfig.unset();
        }
        if (table.postgresVersion() != null && !table.postgresVersion().matches("\\d+")) {
            throw error("embedded.postgres_version is \"" + table.postgresVersion()
                    + "\": give a major version such as \"15\"");
        }
        Optional<Path> dataDir = table.dataDir() == null ? Optional.empty()
                : Optional.of(projectDir.resolve(nonEmpty("embedded.data_dir", table.dataDir(), "")).normalize());
        return new EmbeddedConfig(Optional.ofNullable(table.postgresVersion()), dataDir, table.idleShutdown() == null ? Optional.empty()
                : Optional.of(DurationText.parse(table.idleShutdown()).orElseThrow(() -> error("embedded.idle_shutdown is \""
                        + table.idleShutdown() + "\": give \"90s\", \"10m\", \"1h\" or \"0\" (never)"))));
    }

    private Map<String, EnvironmentConfig> environments(Map<String, TomlTables.Environment> tables) {
        Map<String, EnvironmentConfig> environments = new LinkedHashMap<>();
        if (tables == null) {
            return environments;
        }
        Path projectDir = file.toAbsolutePath().normalize().getParent();
        tables.forEach((name, table) -> {
            TomlTables.Environment t = table == null
                    ? new TomlTables.Environment(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null) : table;
            environments.put(name, new EnvironmentConfig(
                    Optional.ofNullable(t.url()), Optional.ofNullable(t.host()), Optional.ofNullable(t.port()),
                    Optional.ofNullable(t.database()), Optional.ofNullable(t.user()), Optional.ofNullable(t.password()),
                    Boolean.TRUE.equals(t.confirm()),
                    transactionMode("environments." + name + ".transaction_per", t.transactionPer()),
                    lintLevel("environments." + name + ".lint", t.lint()),
                    lockWait("environments." + name + ".lock_timeout", t.lockTimeout()),
                    lockRetries("environments." + name + ".lock_retries", t.lockRetries()),
                    backup("environments." + name + ".", t, projectDir)));
        });
        return environments;
    }

    private ModelSection model(TomlTables.Model m, Path projectDir) {
        if (m.packages() == null || m.packages().isEmpty() || m.packages().stream().anyMatch(String::isBlank)) {
            throw error("model.packages must list the packages of the entities, e.g. packages = [\"org.example.db\"]");
        }
        if ((m.sources() == null) == (m.classpath() == null)) {
            throw error("[model] needs either sources (entity source folders) or classpath (class folders or jars), not "
                    + (m.sources() == null ? "neither" : "both"));
        }
        for (String table : m.excludeTables() == null ? List.<String>of() : m.excludeTables()) {
            try {
                java.util.regex.Pattern.compile(table);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw error("model.exclude_tables: \"" + table + "\" is not a regular expression: " + e.getDescription());
            }
        }
        return new ModelSection(m.packages(), paths(m.sources(), projectDir), paths(m.classpath(), projectDir),
                m.includeSchemas() == null ? List.of("public") : m.includeSchemas(),
                m.excludeTables() == null ? List.of() : m.excludeTables());
    }

    private static List<Path> paths(List<String> given, Path projectDir) {
        return given == null ? List.of() : given.stream().map(p -> projectDir.resolve(p).normalize()).toList();
    }

    private RetortException error(String message) {
        return new RetortException(file + ": " + message);
    }
}
