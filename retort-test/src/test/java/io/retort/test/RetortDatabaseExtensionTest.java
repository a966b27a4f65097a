package io.retort.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * @RetortDatabase on fixture test classes run through the JUnit launcher: what the tests receive,
 * which databases exist during and after them, and the templates.
 */
class RetortDatabaseExtensionTest {
    /** What the fixture classes saw, by test: database names and facts. */
    static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

    @RetortDatabase(locations = KitFixtures.GOOD)
    static class OneDatabasePerClass {
        @BeforeAll
        static void before(MigratedDatabase db) {
            SEEN.add("beforeAll " + db.name());
        }

        @Test
        void first(MigratedDatabase db, Connection c) throws SQLException {
            SEEN.add("first " + db.name() + " " + single(c, "SELECT version_num FROM alembic_version"));
        }

        @Test
        void second(DataSource source) throws SQLException {
            try (Connection c = source.getConnection()) {
                SEEN.add("second " + single(c, "SELECT current_database()") + " " + single(c, "SELECT count(*) FROM t_b"));
            }
        }
    }

    static class OneDatabasePerMethod {
        @Test
        @RetortDatabase(locations = KitFixtures.GOOD)
        void atHead(MigratedDatabase db) {
            SEEN.add("head " + db.name() + " " + db.retort().current());
        }

        @Test
        @RetortDatabase(locations = KitFixtures.GOOD, target = "a")
        void atA(MigratedDatabase db) {
            SEEN.add("a " + db.name() + " " + db.retort().current());
        }
    }

    @RetortDatabase(locations = KitFixtures.FAILING)
    static class FailingRevision {
        @Test
        void neverRuns(MigratedDatabase db) {
            SEEN.add("ran " + db.name());
        }
    }

    @Test
    void aClassSharesOneDatabaseAtHeadDroppedAfterIt() throws SQLException {
        SEEN.clear();
        TestExecutionSummary summary = KitFixtures.run(OneDatabasePerClass.class);

        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(2);
        List<String> seen = new ArrayList<>(SEEN);
        String name = seen.get(0).substring("beforeAll ".length());
        assertThat(name).startsWith("retort_t_onedatabaseperclass_");
        assertThat(seen).containsExactlyInAnyOrder("beforeAll " + name, "first " + name + " b", "second " + name + " 0");
        assertThat(databases(name)).isEmpty();
    }

    @Test
    void aMethodGetsItsOwnDatabaseAtItsTarget() throws SQLException {
        SEEN.clear();
        TestExecutionSummary summary = KitFixtures.run(OneDatabasePerMethod.class);

        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(2);
        assertThat(SEEN).hasSize(2).anySatisfy(s -> assertThat(s).matches("head retort_t_onedatabasepermethod_athead_\\w+ \\[b\\]"))
                .anySatisfy(s -> assertThat(s).matches("a retort_t_onedatabasepermethod_ata_\\w+ \\[a\\]"));
        assertThat(databases("retort_t_onedatabasepermethod%")).isEmpty();
    }

    @Test
    void aFailingRevisionFailsTheTestWithItsErrorAndLeavesNoTemplate() throws SQLException {
        SEEN.clear();
        TestExecutionSummary summary = KitFixtures.run(FailingRevision.class);

        assertThat(SEEN).isEmpty();
        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .cause().isInstanceOf(RetortException.class)
                .hasMessageStartingWith("upgrade of revision b (target/kit-fixtures/failing/R_b.java:11) failed"));
        assertThat(databases("retort_tpl_" + DatabaseTemplates.fingerprint(retort(Path.of(KitFixtures.FAILING)), "head") + "%"))
                .isEmpty();
    }

    @Test
    void twoBuildersOfTheSameTemplateAtOnceMakeItOnce(@TempDir Path dir) throws Exception {
        // Content no earlier run had: a template that does not exist yet.
        String table = "t_" + Long.toHexString(System.nanoTime());
        RevisionFiles.write(dir, "a", new String[0], "op.execute(\"CREATE TABLE " + table + " (id integer)\");",
                "op.execute(\"DROP TABLE " + table + "\");");
        Supplier<Retort.Builder> settings = () -> Retort.configure().scriptLocations(List.of(dir)).cacheDirectory(dir.resolve("cache"));
        DatabaseServer server = new DatabaseServer(TestServer.url("postgres"));
        String template = "retort_tpl_" + DatabaseTemplates.fingerprint(settings.get().build(), "head");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MigratedDatabase>> clones = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clones.add(pool.submit(() -> {
                    start.await();
                    return DatabaseTemplates.clone(server, settings, "head", "concurrent");
                }));
            }
            start.countDown();
            for (Future<MigratedDatabase> clone : clones) {
                MigratedDatabase db = clone.get();
                try (Connection c = db.connect()) {
                    assertThat(single(c, "SELECT count(*) FROM " + table)).isEqualTo("0");
                }
                DatabaseTemplates.drop(server, db.name());
            }
            assertThat(databases(template + "%")).containsExactly(template);
        } finally {
            pool.shutdown();
            server.execute("ALTER DATABASE " + template + " WITH IS_TEMPLATE false");
            DatabaseTemplates.drop(server, template);
        }
    }

    @Test
    void theTemplateNameFollowsTheRevisionsChecksums(@TempDir Path dir) {
        RevisionFiles.table(dir, "a");
        String before = DatabaseTemplates.fingerprint(retort(dir), "head");
        assertThat(DatabaseTemplates.fingerprint(retort(dir), "head")).isEqualTo(before);
        assertThat(DatabaseTemplates.fingerprint(retort(dir), "a")).isNotEqualTo(before);

        RevisionFiles.write(dir, "a", new String[0], "op.execute(\"CREATE TABLE t_a (id bigint)\");", "");
        assertThat(DatabaseTemplates.fingerprint(retort(dir), "head")).isNotEqualTo(before).matches("[0-9a-f]{16}");
    }

    @Test
    void aMissingConfigFileIsOneLineNamingIt() {
        @RetortDatabase(config = "no/such/retort.toml")
        class Missing {}
        assertThatThrownBy(() -> RetortDatabaseExtension.builder(Missing.class.getAnnotation(RetortDatabase.class)))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("@RetortDatabase(config = \"no/such/retort.toml\"): no such file in ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aUrlThatIsNotPostgresIsOneLineWithoutThePassword() {
        assertThatThrownBy(() -> DatabaseServer.choose("jdbc:mysql://db/x?password=secret"))
                .isInstanceOf(RetortException.class)
                .hasMessage("@RetortDatabase needs a jdbc:postgresql://host:port/database URL, not 'jdbc:mysql://db/x?password=***'"
                        + " (from url, -Dretort.test.url or RETORT_TEST_URL)");
    }

    private static Retort retort(Path dir) {
        return Retort.configure().scriptLocations(List.of(dir)).cacheDirectory(dir.resolve("cache")).build();
    }

    private static String failures(TestExecutionSummary summary) {
        return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList().toString();
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The databases on the test server whose name is LIKE {@code pattern}. */
    static List<String> databases(String pattern) throws SQLException {
        try (Connection c = TestServer.admin(); var s = c.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?")) {
            s.setString(1, pattern);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
