package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions the core makes and the command line only reports: what connects, what is a bug, what needs --yes. */
class CorePolicyTest {
    static final String NO_SERVER = "jdbc:postgresql://127.0.0.1:1/nothing";
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(CorePolicyTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    Path versions() throws IOException {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                """);
        return Files.createDirectories(project.resolve("versions"));
    }

    @Test
    void aHistoryRangeEndingAtALabelNamedConcurrentDoesNotConnect() throws IOException {
        RevisionFiles.write(versions(), "a", new String[0], "branchLabels = \"concurrent\"", "", "");
        CliRun run = CliRun.in(project, NO_SERVER, "history", "-r", "base:concurrent");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("<base> -> a (concurrent) (head)");

        CliRun current = CliRun.in(project, NO_SERVER, "history", "-r", "current:");
        assertThat(current.exitCode()).isEqualTo(1);
        assertThat(current.err()).contains("127.0.0.1:1");
    }

    @Test
    void retortsOwnFailureInsideAMigrationIsABugWithExitTwo() throws IOException {
        // An exception whose nearest frame is Retort's, as a bug in an operation would throw it.
        RevisionFiles.write(versions(), "a", new String[0], """
                var bug = new IllegalStateException("broken invariant");
                bug.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.retort.ops.Imaginary", "render", "Imaginary.java", 7)});
                if (bug != null) throw bug;""", "");
        CliRun run = CliRun.in(project, db.url(), "upgrade", "head");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("retort: internal error (please report it):")
                .contains("IllegalStateException: broken invariant").doesNotContain("retort: error:");
    }

    @Test
    void theMigrationsOwnFailureIsTheUsersErrorNamingItsLine() throws IOException {
        RevisionFiles.write(versions(), "a", new String[0], "if (op != null) throw new IllegalStateException(\"mine\");", "");
        CliRun run = CliRun.in(project, db.url(), "upgrade", "head");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("retort: error: upgrade of revision a (", "R_a.java:", "IllegalStateException: mine",
                "nothing was changed");
    }

    @Test
    void dbResetWithoutATerminalOrYesRefuses() throws IOException {
        versions();
        CliRun status = CliRun.of("-c", project.resolve("retort.toml").toString(), "db", "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("not created yet");
        CliRun none = CliRun.of("-c", project.resolve("retort.toml").toString(), "db");
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("status", "stop", "reset");

        CliRun run = CliRun.of("-c", project.resolve("retort.toml").toString(), "db", "reset");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("retort: error: db reset deletes every database").contains("--yes");

        CliRun yes = CliRun.of("-c", project.resolve("retort.toml").toString(), "db", "reset", "--yes");
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(project.resolve(".retort")).doesNotExist();
    }
}
