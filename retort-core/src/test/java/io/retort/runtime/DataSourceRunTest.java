package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import io.retort.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** An application's DataSource instead of a URL: the same commands, named by the URL its connections report. */
class DataSourceRunTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(DataSourceRunTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(TestServer.url(database));
        ds.setPassword("s3cret"); // ignored by the test server, and never shown
        return ds;
    }

    @Test
    void upgradeCurrentAndDowngradeRunThroughTheDataSource() {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.table(project.resolve("versions"), "b", "a");
        Retort r = Retort.configure().dataSource(dataSource(db.name())).scriptLocations(List.of(project.resolve("versions")))
                .cacheDirectory(project.resolve("cache")).log(line -> { }).build();

        assertThat(r.current()).isEmpty();
        assertThat(r.upgrade("head")).containsExactly("a", "b");
        assertThat(r.current()).containsExactly("b");
        assertThat(r.describeTarget()).startsWith("jdbc:postgresql://").contains(db.name()).doesNotContain("s3cret");
        assertThat(r.downgrade("base")).containsExactly("b", "a");
        assertThat(r.current()).isEmpty();
    }

    @Test
    void aDataSourceThatCannotConnectFailsWithOneLine() {
        Retort r = Retort.configure().dataSource(dataSource("no_such_database_here"))
                .scriptLocations(List.of(project)).build();

        assertThatThrownBy(r::current).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("cannot connect to PGSimpleDataSource: ")
                .hasMessageEndingWith("; create the database first")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aRunThatGivesUpWaitingForTheLockLeavesNoConnectionOpen() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        Retort r = Retort.configure().dataSource(dataSource(db.name())).scriptLocations(List.of(project.resolve("versions")))
                .cacheDirectory(project.resolve("cache")).lockTimeout(Duration.ofSeconds(1)).build();
        try (Connection other = db.connect(); RetortLockHolder held = RetortLockHolder.hold(other, "alembic_version")) {
            assertThatThrownBy(() -> r.upgrade("head")).isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("another migration holds Retort's lock (pid ");
            // The closed connections' backends may take a moment to go.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int others;
            do {
                try (ResultSet rs = other.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                    rs.next();
                    others = rs.getInt(1);
                }
                Thread.sleep(others == 0 ? 0 : 50);
            } while (others > 0 && System.nanoTime() < deadline);
            assertThat(others).isZero();
        }
    }
}
