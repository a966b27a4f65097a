package io.retort.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * retort.toml exactly as written; every key optional, unknown keys refused. Read with the TOML
 * parser's token stream rather than data binding: binding records costs a command more start-up
 * time than everything else it does at head.
 */
final class TomlTables {
    private TomlTables() {}

    record File(RetortTable retort, Embedded embedded, Map<String, Environment> environments, Model model,
                Fleet fleet, Map<String, Fleet> environmentFleets) {}

    /** {@code [fleet]}, or an environment's {@code fleet} table. */
    record Fleet(String schemas, String query, String controlUrl, Map<String, FleetTargetTable> targets) {}

    record FleetTargetTable(String url, String schema, Map<String, String> arguments) {}

    record Model(List<String> packages, List<String> sources, List<String> classpath, List<String> includeSchemas,
            List<String> excludeTables) {}

    record RetortTable(
            List<String> scriptLocations,
            String versionTable,
            String versionTableSchema,
            String historyTable,
            String fileTemplate,
            String transactionPer,
            Integer lockTimeoutSeconds,
            String defaultEnvironment) {}

    record Embedded(String postgresVersion, String dataDir, String idleShutdown) {}

    record Environment(
            String url,
            String host,
            String port,
            String database,
            String user,
            String password,
            Boolean confirm,
            String transactionPer,
            String lint,
            String lockTimeout,
            Integer lockRetries,
            Boolean backup,
            String backupDir,
            Integer backupKeep,
            String pgBinDir) {}

    /**
     * Parses {@code toml}; {@code error} turns a message into the exception to throw.
     *
     * @throws JsonProcessingException when the text is not TOML
     */
    static File parse(String toml, Function<String, RuntimeException> error) throws JsonProcessingException {
        Table root = new Table("", tree(toml), Set.of("retort", "embedded", "environments", "model", "fleet"), error);
        Table retort = root.table("retort", Set.of("script_locations", "version_table", "version_table_schema",
                "history_table", "file_template", "transaction_per", "lock_timeout_seconds", "default_environment"));
        Table embedded = root.table("embedded", Set.of("postgres_version", "data_dir", "idle_shutdown"));
        Table model = root.table("model", Set.of("packages", "sources", "classpath", "include_schemas", "exclude_tables"));
        Map<String, Environment> environments = new LinkedHashMap<>();
        Map<String, Fleet> environmentFleets = new LinkedHashMap<>();
        Table envs = root.table("environments", null);
        if (envs != null) {
            for (String name : envs.values.keySet()) {
                Table t = envs.table(name, Set.of("url", "host", "port", "database", "user", "password", "confirm",
                        "transaction_per", "lint", "lock_timeout", "lock_retries", "fleet", "backup", "backup_dir",
                        "backup_keep", "pg_bin_dir"));
                Fleet envFleet = fleet(t.table("fleet", FLEET_KEYS));
                if (envFleet != null) {
                    environmentFleets.put(name, envFleet);
                }
                environments.put(name, new Environment(t.string("url"), t.string("host"), t.string("port"),
                        t.string("database"), t.string("user"), t.string("password"), t.bool("confirm"),
                        t.string("transaction_per"), t.string("lint"), t.string("lock_timeout"),
                        t.integer("lock_retries"), t.bool("backup"), t.string("backup_dir"), t.integer("backup_keep"),
                        t.string("pg_bin_dir")));
            }
        }
        return new File(
                retort == null ? null : new RetortTable(retort.strings("script_locations"), retort.string("version_table"),
                        retort.string("version_table_schema"), retort.string("history_table"),
                        retort.string("file_template"), retort.string("transaction_per"),
                        retort.integer("lock_timeout_seconds"), retort.string("default_environment")),
                embedded == null ? null : new Embedded(embedded.string("postgres_version"), embedded.string("data_dir"),
                        embedded.string("idle_shutdown")),
                envs == null ? null : environments,
                model == null ? null : new Model(model.strings("packages"), model.strings("sources"),
                        model.strings("classpath"), model.strings("include_schemas"), model.strings("exclude_tables")),
                fleet(root.table("fleet", FLEET_KEYS)), environmentFleets);
    }

    private static final Set<String> FLEET_KEYS = Set.of("schemas", "query", "control_url", "targets");

    private static Fleet fleet(Table t) {
        if (t == null) {
            return null;
        }
        Map<String, FleetTargetTable> targets = new LinkedHashMap<>();
        Table named = t.table("targets", null);
        if (named != null) {
            for (String name : named.values.keySet()) {
                Table target = named.table(name, Set.of("url", "schema", "arguments"));
                Table arguments = target.table("arguments", null);
                Map<String, String> args = new LinkedHashMap<>();
                if (arguments != null) {
                    arguments.values.keySet().forEach(key -> args.put(key, arguments.string(key)));
                }
                targets.put(name, new FleetTargetTable(target.string("url"), target.string("schema"), args));
            }
        }
        return new Fleet(t.string("schemas"), t.string("query"), t.string("control_url"), targets);
    }

    private static Map<String, Object> tree(String toml) throws JsonProcessingException {
        try (JsonParser p = new TomlFactory().createParser(toml)) {
            p.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) value(p);
            return root;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at the parser's current token, as maps, lists, strings, numbers and booleans. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, value(p));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        return switch (token) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT -> String.valueOf(p.getEmbeddedObject()); // dates and times
            default -> null;
        };
    }

    /** One table of the file, with its dotted path for messages. */
    private static final class Table {
        private final String path;
        private final Map<String, Object> values;
        private final Function<String, RuntimeException> error;

        Table(String path, Map<String, Object> values, Set<String> known, Function<String, RuntimeException> error) {
            this.path = path;
            this.values = values;
            this.error = error;
            if (known != null) {
                for (String key : values.keySet()) {
                    if (!known.contains(key)) {
                        throw error.apply("unknown key " + key(key) + " (known keys there: "
                                + String.join(", ", new TreeSet<>(known)) + ")");
                    }
                }
            }
        }

        private String key(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        Table table(String key, Set<String> known) {
            Object v = values.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Map<?, ?>)) {
                throw wrongType(key, "a table");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) v;
            return new Table(key(key), map, known, error);
        }

        String string(String key) {
            Object v = values.get(key);
            if (v == null || v instanceof String) {
                return (String) v;
            }
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString(); // port = 5432 means the same as port = "5432"
            }
            throw wrongType(key, "a string");
        }

        Integer integer(String key) {
            Object v = values.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n && n.doubleValue() == n.intValue()) {
                return n.intValue();
            }
            if (v instanceof String s && s.trim().matches("-?\\d{1,9}")) {
                return Integer.valueOf(s.trim());
            }
            throw wrongType(key, "a whole number");
        }

        Boolean bool(String key) {
            Object v = values.get(key);
            if (v == null || v instanceof Boolean) {
                return (Boolean) v;
            }
            if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
                return Boolean.valueOf(s);
            }
            throw wrongType(key, "true or false");
        }

        List<String> strings(String key) {
            Object v = values.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                return List.of(s);
            }
            if (v instanceof List<?> list && list.stream().allMatch(e -> e == null || e instanceof String)) {
                return list.stream().map(e -> (String) e).toList();
            }
            throw wrongType(key, "a list of strings");
        }

        private RuntimeException wrongType(String key, String expected) {
            return error.apply("key " + key(key) + " has a value of the wrong type: expected " + expected
                    + ", found " + describe(values.get(key)));
        }

        private static String describe(Object v) {
            return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
        }
    }
}
