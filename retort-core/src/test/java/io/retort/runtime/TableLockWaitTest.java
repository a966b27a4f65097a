package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.TransactionMode;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lock_timeout: a migration queued behind a long transaction fails fast, naming it, or retries. */
class TableLockWaitTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(TableLockWaitTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void clean() throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE t (id integer)");
        }
    }

    /** A session of {@code application} inside a transaction that holds ACCESS SHARE on t, as a long report would. */
    private Connection reading(String application) throws SQLException {
        Connection holder = DriverManager.getConnection(db.url() + "&ApplicationName=" + application);
        holder.setAutoCommit(false);
        holder.createStatement().execute("LOCK TABLE t IN ACCESS SHARE MODE");
        return holder;
    }

    private static int pid(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Retort retort(TransactionMode mode, int retries, Consumer<String> log) {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.write(project.resolve("versions"), "b", new String[] {"a"},
                "op.execute(\"ALTER TABLE t ADD COLUMN note text\");", "op.execute(\"ALTER TABLE t DROP COLUMN note\");");
        return Retort.configure().url(db.url()).scriptLocations(List.of(project.resolve("versions")))
                .cacheDirectory(project.resolve(".retort/cache")).transactionMode(mode)
                .lockWaits(Duration.ofSeconds(2), retries).log(log).build();
    }

    @Test
    void aMigrationBehindAnOpenTransactionFailsNamingIt() throws Exception {
        Retort r = retort(TransactionMode.RUN, 0, line -> { });
        try (Connection holder = reading("long-report")) {
            int pid = pid(holder);
            assertThatThrownBy(() -> r.upgrade("head"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("revision b")
                    .hasMessageContaining("lock_timeout (2s) waiting for a lock on table t held by pid " + pid)
                    .hasMessageContaining("application long-report")
                    .hasMessageContaining("state idle in transaction")
                    .hasMessageContaining("nothing was changed");
            holder.rollback();
        }
        assertThat(r.current()).isEmpty();
    }

    @Test
    void aNonTransactionalRevisionWaitsNoLongerEither() throws Exception {
        RevisionFiles.write(project.resolve("versions"), "c", new String[] {"b"}, "transactional = false",
                "op.execute(\"CREATE INDEX CONCURRENTLY ix_t_id ON t (id)\");", "op.execute(\"DROP INDEX ix_t_id\");");
        Retort r = retort(TransactionMode.RUN, 0, line -> { });
        r.upgrade("b");
        try (Connection holder = DriverManager.getConnection(db.url() + "&ApplicationName=bulk-load")) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE t IN EXCLUSIVE MODE");
            assertThatThrownBy(() -> r.upgrade("head"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("revision c")
                    .hasMessageContaining("held by pid " + pid(holder) + " (application bulk-load");
            holder.rollback();
        }
        assertThat(r.current()).containsExactly("b");
    }

    @Test
    void retriesTheWholeRunOnceTheBlockerCommits() throws Exception {
        List<String> log = upgradeCommittingTheBlockerAtTheFirstRetry(TransactionMode.RUN, 3);
        assertThat(log).anyMatch(line -> line.contains("lock_timeout (2s)") && line.contains("retry 1 of 3 in 1 s"));
        assertThat(log.stream().filter(line -> line.contains("-> a,"))).hasSize(2);
    }

    @Test
    void inMigrationModeRetriesFromTheFailedRevision() throws Exception {
        List<String> log = upgradeCommittingTheBlockerAtTheFirstRetry(TransactionMode.MIGRATION, 1);
        assertThat(log.stream().filter(line -> line.contains("-> a,"))).hasSize(1);
        assertThat(log.stream().filter(line -> line.contains("-> b,"))).hasSize(2);
    }

    /** Upgrades to head while another session reads t, whose transaction ends when the first retry is logged. */
    private List<String> upgradeCommittingTheBlockerAtTheFirstRetry(TransactionMode mode, int retries) throws SQLException {
        List<String> log = new CopyOnWriteArrayList<>();
        try (Connection holder = reading("long-report")) {
            Retort r = retort(mode, retries, line -> {
                log.add(line);
                if (line.contains("retry 1 of " + retries)) {
                    commit(holder);
                }
            });
            assertThat(r.upgrade("head")).containsExactly("a", "b");
            assertThat(r.current()).containsExactly("b");
        }
        return log;
    }

    /** Ends the blocking transaction from another thread, as the session of another client would. */
    private static void commit(Connection holder) {
        Thread t = new Thread(() -> {
            try {
                holder.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
