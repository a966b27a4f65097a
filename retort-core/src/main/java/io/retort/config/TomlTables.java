package io.retort.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** retort.toml exactly as written, for Jackson; every key optional. Unknown keys are refused. */
final class TomlTables {
    private TomlTables() {}

    record File(
            @JsonProperty("retort") Retort retort,
            @JsonProperty("embedded") Embedded embedded,
            @JsonProperty("environments") Map<String, Environment> environments) {}

    record Retort(
            @JsonProperty("script_locations") List<String> scriptLocations,
            @JsonProperty("version_table") String versionTable,
            @JsonProperty("version_table_schema") String versionTableSchema,
            @JsonProperty("history_table") String historyTable,
            @JsonProperty("file_template") String fileTemplate,
            @JsonProperty("transaction_per") String transactionPer,
            @JsonProperty("lock_timeout_seconds") Integer lockTimeoutSeconds,
            @JsonProperty("default_environment") String defaultEnvironment) {}

    record Embedded(
            @JsonProperty("postgres_version") String postgresVersion,
            @JsonProperty("data_dir") String dataDir) {}

    record Environment(
            @JsonProperty("url") String url,
            @JsonProperty("host") String host,
            @JsonProperty("port") String port,
            @JsonProperty("database") String database,
            @JsonProperty("user") String user,
            @JsonProperty("password") String password,
            @JsonProperty("confirm") Boolean confirm,
            @JsonProperty("transaction_per") String transactionPer) {}
}
