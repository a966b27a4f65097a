package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.runtime.RetortLockHolder;
import io.retort.testing.ActiveQueries;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What upgrade prints on standard error besides Alembic's lines: step times, a summary, lock waits, Ctrl-C. */
class TerminalProgressTest {
    TestDatabase db;
    @TempDir Path project;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.create(TerminalProgressTest.class);
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void eachRunningLineIsFollowedByItsTimeAndTheRunBySummary() {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.table(project.resolve("versions"), "b", "a");

        CliRun up = CliRun.in(project, db.url(), "upgrade", "head");

        assertThat(up.exitCode()).as(up.err()).isZero();
        List<String> lines = up.errLines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Running upgrade  -> a, revision a");
        assertThat(lines.get(1)).matches("  done in \\d+\\.\\d\\d s");
        assertThat(lines.get(2)).isEqualTo("Running upgrade a -> b, revision b");
        assertThat(lines.get(3)).matches("  done in \\d+\\.\\d\\d s");
        assertThat(lines.get(4)).matches("Done: 2 revisions in \\d+\\.\\d\\d s; slowest [ab] \\(\\d+\\.\\d\\d s\\)");

        // At head there is nothing to time or sum up.
        assertThat(CliRun.in(project, db.url(), "upgrade", "head").err()).isEmpty();
        CliRun down = CliRun.in(project, db.url(), "downgrade", "base");
        assertThat(down.errLines()).contains("Running downgrade b -> a, revision b").last().asString().startsWith("Done: 2 revisions in ");
    }

    @Test
    void whileAnotherRunHoldsTheLockItsHolderIsNamed() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        StringWriter err = new StringWriter();
        try (Connection other = db.connect()) {
            int pid = pid(other);
            CompletableFuture<Integer> run;
            try (RetortLockHolder held = RetortLockHolder.hold(other, "alembic_version")) {
                run = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                        "-c", project.resolve("retort.toml").toString(), "--url", db.url(), "upgrade", "head"));
                await(() -> err.toString().contains("waiting for Retort's lock"));
            }
            assertThat(run.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
            assertThat(err.toString()).containsPattern("(?m)^waiting for Retort's lock, held by pid " + pid
                    + ", application '[^']*', user \\S+.*, connected since .+ \\(\\d+ s so far\\)$");
            assertThat(err.toString()).contains("Running upgrade  -> a, revision a");
        }
    }

    @Test
    void ctrlCCancelsTheMigrationRollsBackAndExitsWith130() throws Exception {
        RevisionFiles.table(project.resolve("versions"), "a");
        RevisionFiles.write(project.resolve("versions"), "slow", new String[] {"a"},
                "op.execute(\"CREATE TABLE t_slow (id integer)\"); op.execute(\"SELECT pg_sleep(600)\");", "");
        Process retort = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-c", project.resolve("retort.toml").toString(), "--url", db.url(), "upgrade", "head").start();
        StringBuffer err = new StringBuffer();
        Thread reader = drain(retort.getErrorStream(), err);
        ActiveQueries.awaitRunning(db, "SELECT pg_sleep(600)");
        await(() -> err.toString().contains("  ... still running slow (5 s)"));

        new ProcessBuilder("kill", "-INT", Long.toString(retort.pid())).inheritIO().start().waitFor();

        assertThat(retort.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(retort.exitValue()).as(err.toString()).isEqualTo(InterruptHook.EXIT_INTERRUPTED);
        assertThat(err.toString()).contains("Running upgrade a -> slow, revision slow\n")
                .contains("\ninterrupted: rolled back a, slow; the database is at base\n");
        assertThat(Retort.configure().url(db.url()).scriptLocations(List.of(project.resolve("versions"))).build().current()).isEmpty();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_tables WHERE tablename IN ('t_a', 't_slow', 'alembic_version')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static int pid(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited a minute in vain");
            }
            Thread.sleep(50);
        }
    }

    private static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            try (in) {
                byte[] buf = new byte[4096];
                for (int n; (n = in.read(buf)) > 0; ) {
                    into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                into.append(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
