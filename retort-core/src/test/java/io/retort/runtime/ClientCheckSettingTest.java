package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import io.retort.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code client_connection_check_interval} as the migrations see it: set on the session that runs
 * them when Retort opened it, left alone on an application's pooled connection.
 */
class ClientCheckSettingTest {
    @TempDir Path project;

    @Test
    void theSessionRunningTheMigrationsChecksItsClientEverySecond() throws SQLException {
        try (TestDatabase db = TestDatabase.create(ClientCheckSettingTest.class)) {
            assertThat(seenByTheMigration(db, Retort.configure().url(db.url()))).isEqualTo("1s");
        }
    }

    @Test
    void aDataSourceConnectionKeepsItsOwnSetting() throws SQLException {
        try (TestDatabase db = TestDatabase.create(ClientCheckSettingTest.class)) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(TestServer.url(db.name()));
            assertThat(seenByTheMigration(db, Retort.configure().dataSource(ds))).isEqualTo("0");
        }
    }

    /** The setting as a revision upgraded through {@code builder} reads it. */
    private String seenByTheMigration(TestDatabase db, Retort.Builder builder) throws SQLException {
        RevisionFiles.write(project.resolve("versions"), "a", new String[0],
                "op.execute(\"CREATE TABLE seen AS SELECT current_setting('client_connection_check_interval') AS v\");",
                "op.execute(\"DROP TABLE seen\");");
        Retort r = builder.scriptLocations(List.of(project.resolve("versions")))
                .cacheDirectory(project.resolve("cache")).log(line -> { }).build();
        assertThat(r.upgrade("head")).containsExactly("a");
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT v FROM seen")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
