package io.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.TransactionMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentResolutionTest {
    static final Path FILE = Path.of("smartem/retort.toml");
    static final RetortConfig CONFIG = RetortConfig.parse(RetortConfigTest.FULL.replace(
            "default_environment = \"staging\"", "default_environment = \"development\""), FILE);
    static final Map<String, String> STAGING_VARIABLES = Map.of(
            "POSTGRES_HOST", "db.internal", "POSTGRES_DB", "smartem",
            "POSTGRES_USER", "smartem", "POSTGRES_PASSWORD", "s3cret");

    @Test
    void anEnvironmentWithoutUrlOrHostIsTheEmbeddedServer() {
        ResolvedEnvironment env = CONFIG.environment(null, Map.of());

        assertThat(env.name()).isEqualTo("development");
        assertThat(env.connection()).isEqualTo(new ConnectionSettings.Embedded("smartem"));
        assertThat(env.confirm()).isFalse();
        assertThat(env.transactionPer()).isEqualTo(TransactionMode.MIGRATION);
        assertThat(env.urlOverride()).isEmpty();
        assertThat(env.describe()).isEqualTo("environment 'development': embedded PostgreSQL, database smartem");
    }

    @Test
    void hostPortAndDatabaseMakeAUrlWithVariablesAndDefaultsFilledIn() {
        ResolvedEnvironment env = CONFIG.environment("staging", STAGING_VARIABLES);

        assertThat(env.connection()).isEqualTo(new ConnectionSettings.Jdbc(
                "jdbc:postgresql://db.internal:5432/smartem", Optional.of("smartem"), Optional.of("s3cret")));
        ResolvedEnvironment otherPort = CONFIG.environment("staging", with(STAGING_VARIABLES, "POSTGRES_PORT", "6432"));
        assertThat(((ConnectionSettings.Jdbc) otherPort.connection()).url()).isEqualTo("jdbc:postgresql://db.internal:6432/smartem");
    }

    @Test
    void aUrlEnvironmentKeepsItsConfirmationAndTransactionMode() {
        ResolvedEnvironment env = CONFIG.environment("production", with(STAGING_VARIABLES, "POSTGRES_PORT", "5433"));

        assertThat(env.connection()).isEqualTo(new ConnectionSettings.Jdbc(
                "jdbc:postgresql://db.internal:5433/smartem", Optional.of("smartem"), Optional.of("s3cret")));
        assertThat(env.confirm()).isTrue();
        assertThat(env.transactionPer()).isEqualTo(TransactionMode.RUN);
    }

    @Test
    void aMissingVariableIsNamedWithTheEnvironmentAndFile() {
        assertThatThrownBy(() -> CONFIG.environment("staging", Map.of()))
                .isInstanceOf(RetortException.class)
                .hasMessage("smartem/retort.toml: environment 'staging' needs POSTGRES_HOST, POSTGRES_DB, POSTGRES_USER"
                        + " and POSTGRES_PASSWORD, which are not set");
        assertThatThrownBy(() -> CONFIG.environment("staging", without(STAGING_VARIABLES, "POSTGRES_HOST")))
                .hasMessage("smartem/retort.toml: environment 'staging' needs POSTGRES_HOST, which is not set");
    }

    @Test
    void aVariableSetButEmptyIsNamedAsEmptyNotAsAMissingHost() {
        Map<String, String> variables = new java.util.HashMap<>(STAGING_VARIABLES);
        variables.put("POSTGRES_HOST", "");
        assertThatThrownBy(() -> CONFIG.environment("staging", variables))
                .isInstanceOf(RetortException.class)
                .hasMessage("smartem/retort.toml: environment 'staging': POSTGRES_HOST is empty; set it,"
                        + " or write ${POSTGRES_HOST:-} where empty means not given");
        variables.put("POSTGRES_HOST", "db.internal");
        variables.put("POSTGRES_PORT", ""); // ${POSTGRES_PORT:-5432}: a default applies to empty too
        assertThat(((ConnectionSettings.Jdbc) CONFIG.environment("staging", variables).connection()).url())
                .isEqualTo("jdbc:postgresql://db.internal:5432/smartem");
    }

    @Test
    void onlyTheChosenEnvironmentIsFilledIn() {
        assertThat(CONFIG.environment("development", Map.of()).connection()).isInstanceOf(ConnectionSettings.Embedded.class);
    }

    @Test
    void anEmptyVariableWithoutDefaultIsEmptyAndADefaultAppliesToEmptyToo() {
        EnvironmentVariables placeholders = new EnvironmentVariables(Map.of("EMPTY", "", "SET", "x"));

        assertThat(placeholders.expand("a${EMPTY}b${EMPTY:-d}c${SET:-d}${UNSET:-u}")).isEqualTo("abdcxu");
        assertThat(placeholders.expand("$HOME ${not closed")).isEqualTo("$HOME ${not closed");
        assertThat(placeholders.missing()).isEmpty();
        assertThat(placeholders.empty()).containsExactly("EMPTY");
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes() {
        assertThatThrownBy(() -> CONFIG.environment("prod", Map.of()))
                .isInstanceOf(RetortException.class)
                .hasMessage("smartem/retort.toml: unknown environment 'prod' (known: development, production, staging)");
        assertThatThrownBy(() -> RetortConfig.parse("", FILE).environment("staging", Map.of()))
                .hasMessage("smartem/retort.toml: unknown environment 'staging' (it has none: add an [environments.staging] table)");
    }

    @Test
    void urlFlagAndVariableReplaceTheDatabaseWithoutNeedingTheEnvironmentsVariables() {
        String cli = "jdbc:postgresql://127.0.0.1:5432/other?user=postgres";
        String variable = "jdbc:postgresql://ci:5432/smartem?user=ci&password=pw";

        ResolvedEnvironment fromFlag = CONFIG.environment("production", Map.of(RetortConfig.URL_VARIABLE, variable), cli);
        assertThat(fromFlag.connection()).isEqualTo(new ConnectionSettings.Jdbc(cli, Optional.empty(), Optional.empty()));
        assertThat(fromFlag.urlOverride()).isEqualTo("--url");
        assertThat(fromFlag.confirm()).isTrue();

        ResolvedEnvironment fromVariable = CONFIG.environment("staging", Map.of(RetortConfig.URL_VARIABLE, variable));
        assertThat(((ConnectionSettings.Jdbc) fromVariable.connection()).url()).isEqualTo(variable);
        assertThat(fromVariable.describe()).isEqualTo(
                "environment 'staging': jdbc:postgresql://ci:5432/smartem?user=ci&password=*** (from RETORT_URL)");
    }

    @Test
    void aUrlMustBeAPostgresJdbcUrl() {
        assertThatThrownBy(() -> CONFIG.environment(null, Map.of(), "postgres://u:pw@db/x"))
                .hasMessage("--url is postgres://u:***@db/x, but Retort needs a PostgreSQL JDBC URL:"
                        + " jdbc:postgresql://HOST:PORT/DATABASE");
        RetortConfig mysql = RetortConfig.parse("[environments.x]\nurl = \"jdbc:mysql://db/x\"\n", FILE);
        assertThatThrownBy(() -> mysql.environment("x", Map.of()))
                .hasMessageStartingWith("smartem/retort.toml: environment 'x' url is jdbc:mysql://db/x, but");
    }

    @Test
    void contradictoryConnectionKeysAreRefused() {
        assertThatThrownBy(() -> env("url = \"jdbc:postgresql://db/x\"\nhost = \"db\""))
                .hasMessage("smartem/retort.toml: environment 'x' sets url and also host, port or database:"
                        + " put everything in url, or drop url");
        assertThatThrownBy(() -> env("host = \"db\""))
                .hasMessage("smartem/retort.toml: environment 'x' has a host but no database: add database = \"...\"");
        assertThatThrownBy(() -> env("host = \"db\"\nport = \"54x\"\ndatabase = \"d\""))
                .hasMessage("smartem/retort.toml: environment 'x' has port \"54x\", which is not a port number");
        assertThatThrownBy(() -> env("user = \"me\""))
                .hasMessageStartingWith("smartem/retort.toml: environment 'x' has no url or host, so it uses the embedded");
    }

    @Test
    void aHostLeftEmptyByItsDefaultFallsBackToTheEmbeddedServer() {
        assertThat(env("host = \"${DB_HOST:-}\"\ndatabase = \"d\"").connection())
                .isEqualTo(new ConnectionSettings.Embedded("d"));
        assertThat(env("host = \"::1\"\ndatabase = \"d\"").connection())
                .isEqualTo(new ConnectionSettings.Jdbc("jdbc:postgresql://[::1]:5432/d", Optional.empty(), Optional.empty()));
    }

    @Test
    void passwordsNeverShow() {
        ResolvedEnvironment env = CONFIG.environment("staging", STAGING_VARIABLES);

        assertThat(env.toString()).doesNotContain("s3cret").contains("password=***");
        assertThat(env.describe()).isEqualTo("environment 'staging': jdbc:postgresql://db.internal:5432/smartem as smartem");
        assertThat(ConnectionSettings.redacted("jdbc:postgresql://db/x?user=a&password=p&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=a&password=***&ssl=true");
        assertThat(ConnectionSettings.redacted("jdbc:postgresql://db/x?PASSWORD=p")).isEqualTo("jdbc:postgresql://db/x?PASSWORD=***");
        assertThat(ConnectionSettings.redacted("postgresql://me:p@ss@db:5432/x")).isEqualTo("postgresql://me:***@db:5432/x");
        assertThat(ConnectionSettings.redacted("jdbc:postgresql://db:5432/x?user=a@b")).isEqualTo("jdbc:postgresql://db:5432/x?user=a@b");
    }

    private static ResolvedEnvironment env(String body) {
        return RetortConfig.parse("[environments.x]\n" + body + "\n", FILE).environment("x", Map.of());
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> map, String key) {
        Map<String, String> copy = new HashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
