package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortEvent;
import io.retort.RetortException;
import io.retort.TransactionMode;
import io.retort.testing.ActiveQueries;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a listener hears from upgrade and downgrade: order and content, never timing. */
class RunEventsTest {
    TestDatabase db;
    @TempDir Path project;
    final List<RetortEvent> events = Collections.synchronizedList(new ArrayList<>());
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(RunEventsTest.class);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Retort retort(TransactionMode mode) {
        return Retort.configure().url(db.url()).scriptLocations(List.of(project.resolve("versions")))
                .cacheDirectory(project.resolve("cache")).transactionMode(mode).log(log::add).listener(events::add).build();
    }

    /** The events' kinds in order, a run of statements as one {@code StatementRun}. */
    private List<String> kinds() {
        List<String> out = new ArrayList<>();
        for (RetortEvent e : List.copyOf(events)) {
            String kind = e.getClass().getSimpleName();
            if (!(kind.equals("StatementRun") && !out.isEmpty() && out.get(out.size() - 1).equals(kind))) {
                out.add(kind);
            }
        }
        return out;
    }

    private <T extends RetortEvent> List<T> of(Class<T> type) {
        return List.copyOf(events).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void anUpgradeReportsThePlanEachStepItsStatementsAndASummary() {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.table(project.resolve("versions"), "b", "a");
        Retort r = retort(TransactionMode.RUN);

        assertThat(r.upgrade("head")).containsExactly("a", "b");

        assertThat(kinds()).containsExactly("PlanReady", "StatementRun", "StepStarted", "StatementRun", "StepFinished",
                "StepStarted", "StatementRun", "StepFinished", "StatementRun", "RunFinished");
        RetortEvent.PlanReady plan = of(RetortEvent.PlanReady.class).get(0);
        assertThat(plan.steps()).extracting(RetortEvent.Step::revision).containsExactly("a", "b");
        // The log lines are unchanged, and the events carry the very same text.
        assertThat(plan.steps()).extracting(RetortEvent.Step::description).isEqualTo(log)
                .containsExactly("Running upgrade  -> a, revision a", "Running upgrade a -> b, revision b");
        assertThat(of(RetortEvent.StatementRun.class)).extracting(RetortEvent.StatementRun::sql)
                .contains("CREATE TABLE t_a (id integer)", "CREATE TABLE t_b (id integer)");
        List<RetortEvent.StepFinished> finished = of(RetortEvent.StepFinished.class);
        assertThat(finished).extracting(f -> f.step().revision()).containsExactly("a", "b");
        assertThat(finished).allSatisfy(f -> assertThat(f.duration()).isPositive());
        RetortEvent.RunFinished summary = of(RetortEvent.RunFinished.class).get(0);
        assertThat(summary.revisions()).containsExactly("a", "b");
        assertThat(summary.slowest()).get().isIn(finished);
        assertThat(summary.total()).isGreaterThanOrEqualTo(finished.get(0).duration().plus(finished.get(1).duration()));

        events.clear();
        assertThat(r.upgrade("head")).isEmpty();
        assertThat(kinds()).containsExactly("RunFinished");
        assertThat(of(RetortEvent.RunFinished.class).get(0).slowest()).isEmpty();

        events.clear();
        assertThat(r.downgrade("base")).containsExactly("b", "a");
        assertThat(of(RetortEvent.StepStarted.class)).extracting(s -> s.step().description())
                .containsExactly("Running downgrade b -> a, revision b", "Running downgrade a -> , revision a");
    }

    @Test
    void aFailedStepReportsWhatWasRolledBackAndWhereTheDatabaseIs() {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.write(project.resolve("versions"), "bad", new String[] {"a"}, "op.execute(\"SELECT 1/0\");", "");

        assertThatThrownBy(() -> retort(TransactionMode.MIGRATION).upgrade("head")).isInstanceOf(RetortException.class);
        assertThat(kinds()).endsWith("StepStarted", "RolledBack", "RunFailed"); // a statement is reported once it ran
        assertThat(of(RetortEvent.RolledBack.class).get(0)).isEqualTo(new RetortEvent.RolledBack(List.of("bad"), List.of("a")));

        events.clear();
        assertThatThrownBy(() -> retort(TransactionMode.RUN).upgrade("head")).isInstanceOf(RetortException.class);
        assertThat(of(RetortEvent.RolledBack.class)).containsExactly(new RetortEvent.RolledBack(List.of("bad"), List.of("a")));
        assertThat(of(RetortEvent.RunFailed.class).get(0).error()).hasMessageContaining("division by zero");
    }

    @Test
    void inOneTransactionEveryStepOfTheRunIsRolledBack() {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.write(project.resolve("versions"), "bad", new String[] {"a"}, "op.execute(\"SELECT 1/0\");", "");

        assertThatThrownBy(() -> retort(TransactionMode.RUN).upgrade("head")).isInstanceOf(RetortException.class);
        assertThat(of(RetortEvent.RolledBack.class)).containsExactly(new RetortEvent.RolledBack(List.of("a", "bad"), List.of()));
    }

    @Test
    void waitingForAnotherRunsLockNamesItsHolder() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        Retort r = retort(TransactionMode.RUN);
        try (Connection other = db.connect()) {
            int pid;
            try (ResultSet rs = other.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            CompletableFuture<List<String>> run;
            try (RetortLockHolder held = RetortLockHolder.hold(other, "alembic_version")) {
                run = CompletableFuture.supplyAsync(() -> r.upgrade("head"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (of(RetortEvent.LockWaited.class).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(r.current()).isEmpty();
            }
            assertThat(run.get(60, TimeUnit.SECONDS)).containsExactly("a");
            RetortEvent.LockWaited wait = of(RetortEvent.LockWaited.class).get(0);
            assertThat(wait.holder()).startsWith("pid " + pid + ", application ").contains("connected since");
            assertThat(kinds()).startsWith("LockWaited").contains("PlanReady");
        }
    }

    @Test
    void cancelStopsTheRunningStatementAndRollsBack() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.write(project.resolve("versions"), "slow", new String[] {"a"},
                "op.execute(\"CREATE TABLE t_slow (id integer)\"); op.execute(\"SELECT pg_sleep(600)\");", "");
        Retort r = retort(TransactionMode.MIGRATION);
        CompletableFuture<List<String>> run = CompletableFuture.supplyAsync(() -> r.upgrade("head"));
        ActiveQueries.awaitRunning(db, "SELECT pg_sleep(600)");

        r.cancel();

        assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(RetortException.class)
                .hasMessageContaining("revision slow").hasMessageContaining("the database stays at a");
        assertThat(of(RetortEvent.RolledBack.class)).containsExactly(new RetortEvent.RolledBack(List.of("slow"), List.of("a")));
        assertThat(r.current()).containsExactly("a");
        // The switch is armed again for the next command.
        events.clear();
        RevisionFiles.table(project.resolve("versions"), "slow", "a");
        assertThat(retort(TransactionMode.MIGRATION).upgrade("head")).containsExactly("slow");
    }
}
