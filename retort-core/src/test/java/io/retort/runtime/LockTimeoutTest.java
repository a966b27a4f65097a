package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that cannot get the lock in time names who holds it. */
class LockTimeoutTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(LockTimeoutTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void waitBeyondTheTimeoutNamesTheHolder() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        try (Connection holder = java.sql.DriverManager.getConnection(db.url() + "&ApplicationName=nightly-deploy")) {
            try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, MigrationLock.keyFor("alembic_version"));
                ps.execute();
            }
            int pid;
            try (var rs = holder.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(project.resolve("versions")))
                    .cacheDirectory(project.resolve(".retort/cache")).lockTimeout(Duration.ofSeconds(1)).build();
            assertThatThrownBy(() -> r.upgrade("head"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("pid " + pid)
                    .hasMessageContaining("nightly-deploy")
                    .hasMessageContaining("within 1 s");
        }
    }
}
