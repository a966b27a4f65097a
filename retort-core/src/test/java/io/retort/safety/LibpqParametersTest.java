package io.retort.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.runtime.RunSettings;
import org.junit.jupiter.api.Test;

/** JDBC URLs as libpq's variables: the password only in the child's environment, never in what is printed. */
class LibpqParametersTest {

    static LibpqParameters of(String url, String user, String password) {
        return LibpqParameters.of(new RunSettings.Database(url, user, password, "the database"));
    }

    @Test
    void hostPortDatabaseUserAndPasswordBecomeVariables() {
        LibpqParameters p = of("jdbc:postgresql://127.0.0.1:5433/smart%20em?user=postgres&password=p%40ss&sslmode=require"
                + "&ApplicationName=x", null, null);
        assertThat(p.database()).isEqualTo("smart em");
        assertThat(p.variables()).containsEntry("PGHOST", "127.0.0.1").containsEntry("PGPORT", "5433")
                .containsEntry("PGUSER", "postgres").containsEntry("PGPASSWORD", "p@ss").containsEntry("PGSSLMODE", "require")
                .hasSize(5);
        assertThat(p.toString()).doesNotContain("p@ss");
    }

    @Test
    void theEnvironmentsUserAndPasswordWinAndThePortDefaults() {
        LibpqParameters p = of("jdbc:postgresql://[::1],db2:6000/app?user=a", "b", "secret");
        assertThat(p.variables()).containsEntry("PGHOST", "::1,db2").containsEntry("PGPORT", "5432,6000")
                .containsEntry("PGUSER", "b").containsEntry("PGPASSWORD", "secret");
    }

    @Test
    void aUrlWithoutHostOrDatabaseIsRefused() {
        assertThatThrownBy(() -> of("jdbc:postgresql:app", null, null)).isInstanceOf(RetortException.class)
                .hasMessage("pg_dump and pg_restore need a jdbc:postgresql://host:port/database URL, not the database");
    }
}
