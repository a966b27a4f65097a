package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.RevisionFiles;
import io.retort.testing.SmartemFacts;
import io.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that dies while a revision runs outside a transaction, at exactly one statement (a child
 * JVM halts there, see {@link HaltingUpgrade}), and the next {@code upgrade head} finishing it.
 */
class NonTransactionalCrashTest {
    private static final String UNIQUE_INDEX = "op.createIndex(Operation.CreateIndex.on(\"ix_t_v\", \"t\", \"v\").unique().concurrently());";

    TestDatabase db;
    @TempDir Path project;
    Path versions;
    Path cache;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(NonTransactionalCrashTest.class);
        versions = project.resolve("versions");
        cache = project.resolve(".retort/cache");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void smartemKilledAfterAddValueCommittedBeforeTheVersionRowMoved() throws Exception {
        Retort smartem = retort(SmartemFacts.versions());
        smartem.upgrade("6a1d3b8f52c8");

        halt(SmartemFacts.versions(), "after:ADD VALUE 'REGISTERED'");
        assertThat(smartem.current()).containsExactly("6a1d3b8f52c8");
        assertThat(count("SELECT count(*) FROM pg_enum WHERE enumlabel = 'REGISTERED'")).isEqualTo(1);

        assertThat(smartem.upgrade("head")).containsExactly("7b2e4c9063d9");
        assertThat(smartem.current()).containsExactly("7b2e4c9063d9");
        assertThat(count("SELECT count(*) FROM pg_enum WHERE enumlabel = 'REGISTERED'"
                + " AND enumtypid = 'gridsquarestatus'::regtype")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM retort_history WHERE revision = '7b2e4c9063d9' AND direction = 'upgrade'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM retort_history_progress")).isZero();
        assertThat(log).anyMatch(l -> l.contains("ADD VALUE 'REGISTERED': took effect before the run stopped; skipped"));
    }

    @Test
    void anAddValueNeverSentRunsOnTheNextRun() throws Exception {
        enumRevisions();
        halt(versions, "before:ADD VALUE 'B'");
        assertThat(count("SELECT count(*) FROM pg_enum WHERE enumlabel = 'B'")).isZero();

        assertThat(retort(versions).upgrade("head")).containsExactly("b");
        assertThat(count("SELECT count(*) FROM pg_enum WHERE enumlabel = 'B'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM retort_history_progress")).isZero();
    }

    @Test
    void killedAfterTheLastStatementBeforeTheVersionRowMoved() throws Exception {
        RevisionFiles.write(versions, "a", new String[0], "op.execute(\"CREATE TABLE t (v integer)\"); op.createEnum(\"status\", \"A\");", "");
        RevisionFiles.write(versions, "b", new String[] {"a"}, "transactional = false",
                "op.createIndex(Operation.CreateIndex.on(\"ix_t_v\", \"t\", \"v\").concurrently()); op.addEnumValue(\"status\", \"B\");", "");
        halt(versions, "before:UPDATE alembic_version");
        long index = count("SELECT 'ix_t_v'::regclass::oid");

        assertThat(retort(versions).upgrade("head")).containsExactly("b");
        assertThat(retort(versions).current()).containsExactly("b");
        assertThat(count("SELECT 'ix_t_v'::regclass::oid")).as("the index is not built again").isEqualTo(index);
        assertThat(count("SELECT count(*) FROM pg_enum WHERE enumlabel = 'B'")).isEqualTo(1);
        assertThat(history()).containsExactly("a:upgrade", "b:upgrade");
    }

    @Test
    void aValidIndexBuiltBeforeTheStopIsKept() throws Exception {
        indexRevisions("op.createIndex(Operation.CreateIndex.on(\"ix_t_v\", \"t\", \"v\").concurrently());");
        halt(versions, "after:CREATE INDEX CONCURRENTLY ix_t_v");
        long index = count("SELECT 'ix_t_v'::regclass::oid");

        assertThat(retort(versions).upgrade("head")).containsExactly("b");
        assertThat(count("SELECT 'ix_t_v'::regclass::oid")).isEqualTo(index);
        assertThat(valid("ix_t_v")).isTrue();
    }

    @Test
    void aDropIndexThatTookEffectIsDone() throws Exception {
        RevisionFiles.write(versions, "a", new String[0],
                "op.execute(\"CREATE TABLE t (v integer)\"); op.createIndex(\"ix_t_v\", \"t\", \"v\");", "");
        RevisionFiles.write(versions, "b", new String[] {"a"}, "transactional = false",
                "op.run(new Operation.DropIndex(null, \"ix_t_v\", \"t\", false, true)); op.execute(\"SELECT 1\");", "");
        halt(versions, "after:DROP INDEX CONCURRENTLY ix_t_v");

        assertThat(retort(versions).upgrade("head")).containsExactly("b");
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'ix_t_v'")).isZero();
        assertThat(log).anyMatch(l -> l.contains("DROP INDEX CONCURRENTLY ix_t_v: took effect before the run stopped"));
    }

    @Test
    void anIndexKilledPartWayIsDroppedAndBuiltAgain() throws Exception {
        indexRevisions(UNIQUE_INDEX);
        retort(versions).upgrade("a");
        execute("INSERT INTO t VALUES (1), (1), (2)");
        // A unique build over duplicates stops part-way and leaves the index INVALID, as a kill would.
        halt(versions, "failed:CREATE UNIQUE INDEX CONCURRENTLY ix_t_v");
        assertThat(valid("ix_t_v")).isFalse();
        execute("DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t WHERE v = 1)");

        assertThat(retort(versions).upgrade("head")).containsExactly("b");
        assertThat(valid("ix_t_v")).isTrue();
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'ix_t_v'")).isEqualTo(1);
        assertThat(log).anyMatch(l -> l.contains("dropping the invalid index an earlier run left"));
        assertThat(history()).containsExactly("a:upgrade", "b:upgrade");
    }

    @Test
    void aStatementRetortCannotCheckStopsWithOneLineThenStampClearsIt() throws Exception {
        indexRevisions("op.execute(\"CREATE INDEX CONCURRENTLY ix_raw ON t (v)\");");
        halt(versions, "after:CREATE INDEX CONCURRENTLY ix_raw");
        Retort r = retort(versions);

        assertThatThrownBy(() -> r.upgrade("head"))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(e.getMessage().lines().findFirst().orElseThrow())
                        .contains("upgrade of revision b (", "R_b.java:", "cannot tell whether it took effect",
                                "CREATE INDEX CONCURRENTLY ix_raw ON t (v)", "retort upgrade --sql a:b",
                                "retort stamp b"));
        assertThat(r.current()).containsExactly("a");

        r.stamp(List.of("b"), false);
        assertThat(r.current()).containsExactly("b");
        assertThat(count("SELECT count(*) FROM retort_history_progress")).isZero();
    }

    @Test
    void aFailedIndexIsBuiltAgainOnceTheDataIsFixedAndTheStatementsBeforeItAreSkipped() throws Exception {
        Retort r = failingAtTheSecondIndex();
        long first = count("SELECT 'ix_t_w'::regclass::oid");
        execute("DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)");

        assertThat(r.upgrade("head")).containsExactly("b");
        assertThat(count("SELECT 'ix_t_w'::regclass::oid")).as("statement 1 is skipped").isEqualTo(first);
        assertThat(valid("ix_t_v")).isTrue();
    }

    @Test
    void statementsCommittedBeforeABlockAreSkippedAndThoseAfterItRunOnce() throws Exception {
        RevisionFiles.write(versions, "a", new String[0], "op.execute(\"CREATE TABLE t (v integer)\");", "");
        RevisionFiles.write(versions, "b", new String[] {"a"}, "op.execute(\"CREATE TABLE u (v integer)\");"
                        + " op.execute(\"INSERT INTO u VALUES (1), (1)\");"
                        + " op.nonTransactional(() -> op.createIndex(Operation.CreateIndex.on(\"ix_u\", \"u\", \"v\").unique().concurrently()));"
                        + " op.execute(\"CREATE TABLE after_block (id integer)\");", "");
        Retort r = Retort.configure().url(db.url()).scriptLocations(List.of(versions)).cacheDirectory(cache)
                .transactionPerMigration(true).log(log::add).build();
        assertThatThrownBy(() -> r.upgrade("head")).hasMessageContaining("could not create unique index \"ix_u\"");
        assertThat(count("SELECT count(*) FROM u")).as("committed before the block").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'after_block'")).isZero();
        execute("DELETE FROM u WHERE ctid = (SELECT max(ctid) FROM u)");

        assertThat(r.upgrade("head")).containsExactly("b");
        assertThat(count("SELECT count(*) FROM u")).as("the INSERT is not run again").isEqualTo(1);
        assertThat(valid("ix_u")).isTrue();
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'after_block'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM retort_history_progress")).isZero();
    }

    @Test
    void aRecordIsForgottenOnceTheVersionTableMoved() throws Exception {
        Retort r = failingAtTheSecondIndex();
        r.downgrade("base"); // drops t and its indexes: the record no longer says anything true

        assertThat(r.upgrade("head")).containsExactly("a", "b");
        assertThat(log).anyMatch(l -> l.contains("forgetting that a run stopped inside the upgrade of b at statement 2"));
        assertThat(valid("ix_t_w")).isTrue();
        assertThat(valid("ix_t_v")).isTrue();
    }

    @Test
    void aRevisionChangedBeforeTheStatementItStoppedAtIsRefused() throws Exception {
        failingAtTheSecondIndex();
        RevisionFiles.write(versions, "b", new String[] {"a"}, "transactional = false",
                "op.createIndex(Operation.CreateIndex.on(\"ix_t_x\", \"t\", \"v\").concurrently()); " + UNIQUE_INDEX, "");

        assertThatThrownBy(() -> retort(versions).upgrade("head"))
                .hasMessageContaining("revision b (")
                .hasMessageContaining("changed after a run stopped inside its upgrade at statement 2")
                .hasMessageContaining("retort stamp b");
    }

    @Test
    void offlineSqlIsUnchanged() {
        indexRevisions(UNIQUE_INDEX);
        String sql = retort(versions).upgradeSql("base:head");
        assertThat(sql).contains("CREATE UNIQUE INDEX CONCURRENTLY ix_t_v ON t (v);", "UPDATE alembic_version")
                .doesNotContain("progress");
    }

    /**
     * {@code b} builds index ix_t_w, then a unique index over duplicate rows, which fails (leaving it
     * INVALID) while the first stays built; the upgrade has been run once and failed so.
     */
    private Retort failingAtTheSecondIndex() throws SQLException {
        indexRevisions("op.createIndex(Operation.CreateIndex.on(\"ix_t_w\", \"t\", \"v\").concurrently()); " + UNIQUE_INDEX);
        Retort r = retort(versions);
        r.upgrade("a");
        execute("INSERT INTO t VALUES (1), (1)");
        assertThatThrownBy(() -> r.upgrade("head")).hasMessageContaining("could not create unique index \"ix_t_v\"");
        return r;
    }

    private void enumRevisions() {
        RevisionFiles.write(versions, "a", new String[0], "op.createEnum(\"status\", \"A\");", "op.dropEnum(\"status\");");
        RevisionFiles.write(versions, "b", new String[] {"a"},
                "op.nonTransactional(() -> op.addEnumValue(\"status\", \"B\"));", "");
    }

    /** {@code a} creates table {@code t (v integer)}, {@code b} runs {@code body} outside a transaction. */
    private void indexRevisions(String body) {
        RevisionFiles.write(versions, "a", new String[0], "op.execute(\"CREATE TABLE t (v integer)\");",
                "op.execute(\"DROP TABLE t\");");
        RevisionFiles.write(versions, "b", new String[] {"a"}, "transactional = false", body, "");
    }

    private Retort retort(Path folder) {
        return Retort.configure().url(db.url()).scriptLocations(List.of(folder)).cacheDirectory(cache)
                .lockTimeout(java.time.Duration.ofSeconds(60)).log(log::add).build();
    }

    /**
     * Runs {@code upgrade head} in a child JVM that halts at {@code point}, and waits until the
     * server has ended its sessions. Revisions up to the halting one are applied in this process first.
     */
    private void halt(Path folder, String point) throws Exception {
        if (!folder.equals(SmartemFacts.versions())) {
            retort(folder).upgrade("a");
        }
        Process p = HaltingUpgrade.start(db.url(), folder, cache, point);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isEqualTo(HaltingUpgrade.HALTED);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'retort'") > 0) {
            assertThat(System.nanoTime()).as("the halted run's sessions end").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private boolean valid(String index) throws SQLException {
        return count("SELECT count(*) FROM pg_index WHERE indexrelid = '" + index + "'::regclass AND indisvalid") == 1;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, direction FROM retort_history ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return rows;
    }
}
