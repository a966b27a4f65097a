package io.retort.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.retort.Retort;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import io.retort.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rehearse on a copy: SmartEM's pending revisions with their time, locks and rows; the original unchanged. */
class RehearsalTest {
    static TestDatabase original;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() throws SQLException {
        assumeTrue(BackupTest.pgDumpFound(), "no pg_dump on PATH nor in the usual PostgreSQL folders: rehearse tests skipped");
        original = TestDatabase.create(RehearsalTest.class);
        BackupTest.retortIn(project, original).upgrade("33107394dcd1");
        BackupTest.execute(original, "INSERT INTO acquisition (uuid, name) VALUES ('a1', 'first')");
    }

    @AfterAll
    static void tearDown() {
        if (original != null) {
            original.close();
        }
    }

    @Test
    void smartemsPendingRevisionsRunOnACopyAndTheOriginalStaysAsItWas() throws SQLException {
        Retort retort = BackupTest.retortIn(project, original);
        List<String> before = retort.current();
        try (TestDatabase snapshot = TestDatabase.create(RehearsalTest.class)) {
            BackupTest.retortIn(project, snapshot).restore(retort.backup(), false);
            RehearsalReport report = retort.rehearse("heads");

            assertThat(report.failure()).isEmpty();
            assertThat(report.steps()).extracting(RehearsalReport.Step::revision)
                    .containsExactlyElementsOf(retort.graph().upgrade(before, "heads").revisionIds());
            assertThat(report.steps()).allSatisfy(step -> {
                assertThat(step.duration()).isPositive();
                assertThat(step.description()).startsWith("Running upgrade ");
            });
            // 87f8c5e11906 re-creates indexes: it holds locks on its tables until it commits.
            RehearsalReport.Step indexes = report.steps().get(0);
            assertThat(indexes.revision()).isEqualTo("87f8c5e11906");
            assertThat(indexes.locks()).isNotEmpty()
                    .anySatisfy(lock -> assertThat(lock.mode()).isIn("AccessExclusiveLock", "ShareLock"));
            assertThat(indexes.locks()).extracting(RehearsalReport.Lock::relation).noneMatch(r -> r.startsWith("pg_catalog."));
            // 7b2e4c9063d9 adds an enum value outside a transaction.
            assertThat(report.steps()).filteredOn(RehearsalReport.Step::outsideTransaction)
                    .extracting(RehearsalReport.Step::revision).containsExactly("7b2e4c9063d9");
            assertThat(indexes.locks()).extracting(RehearsalReport.Lock::relation).doesNotHaveDuplicates()
                    .noneMatch(r -> r.contains("alembic_version") || r.contains("retort_history"));
            // 6a1d3b8f52c8 seeds the default settings.
            RehearsalReport.Step seed = report.steps().stream().filter(s -> s.revision().equals("6a1d3b8f52c8")).findFirst().orElseThrow();
            assertThat(seed.totalRowsAfter()).isGreaterThan(seed.totalRowsBefore());
            assertThat(seed.rowChanges()).hasSize(1).allMatch(line -> line.matches("\\w+: 0 -> [1-9]\\d*"));
            assertThat(seed.rowsBefore()).containsEntry("acquisition", 1L).doesNotContainKey("retort_history");

            assertThat(retort.current()).isEqualTo(before);
            assertThat(BackupTest.differences(snapshot, original)).isEmpty();
        }
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void aRevisionOutsideATransactionAndAFailingOneAreReportedAndTheCopyDropped(@TempDir Path versions) throws SQLException {
        RevisionFiles.write(versions, "a", new String[0], "op.createTable(\"t\", column(\"id\", INTEGER));", "op.dropTable(\"t\");");
        RevisionFiles.write(versions, "c", new String[] {"a"}, "transactional = false",
                "op.execute(\"CREATE INDEX CONCURRENTLY ix_t ON t (id)\");", "op.execute(\"DROP INDEX ix_t\");");
        RevisionFiles.write(versions, "b", new String[] {"c"}, "op.execute(\"SELECT 1/0\");", "");
        try (TestDatabase db = TestDatabase.create(RehearsalTest.class)) {
            Retort retort = Retort.configure().url(db.url()).scriptLocations(List.of(versions))
                    .cacheDirectory(project.resolve(".retort/cache")).log(line -> { }).build();
            RehearsalReport report = retort.rehearse("heads");
            assertThat(report.passed()).isFalse();
            assertThat(report.failure().orElseThrow()).startsWith("revision b: ").contains("division by zero");
            assertThat(report.steps()).extracting(RehearsalReport.Step::failed).containsExactly(false, false, true);
            assertThat(report.steps()).extracting(RehearsalReport.Step::outsideTransaction).containsExactly(false, true, false);
            assertThat(report.steps().get(0).rowChanges()).containsExactly("t: - -> 0");
            assertThat(report.steps().get(0).locks()).contains(new RehearsalReport.Lock("public.t", "AccessExclusiveLock"));
            assertThat(retort.current()).isEmpty();
            assertThat(retort.rehearse("a").steps()).hasSize(1);
            retort.upgrade("a");
            assertThat(retort.rehearse("a").steps()).as("nothing to do: no copy").isEmpty();
        }
        assertThat(scratchDatabases()).isZero();
    }

    static long scratchDatabases() throws SQLException {
        try (Connection c = TestServer.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'retort\\_rehearse\\_%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
