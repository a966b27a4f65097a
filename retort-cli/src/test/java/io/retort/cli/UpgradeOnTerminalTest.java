package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.retort.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal, an environment with {@code confirm = true} shows the plan and asks. The terminal
 * is a pseudo-terminal from util-linux {@code script}, which runs the command in a new JVM; where
 * {@code script} is missing the tests are skipped.
 */
class UpgradeOnTerminalTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(UpgradeOnTerminalTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void clean() throws SQLException {
        try (var c = db.connect()) {
            c.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    /** What the terminal showed when {@code answer} was typed to {@code retort upgrade head}. */
    private String upgradeAnswering(String answer) throws IOException, InterruptedException {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "script")).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), "needs util-linux script on the PATH for a pseudo-terminal");
        Path script = found.get();
        Path toml = ProductionProject.write(project, db.url(), "q1");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(quoted(java), "-cp", quoted(System.getProperty("java.class.path")),
                Main.class.getName(), "-c", quoted(toml.toString()), "upgrade", "head"));
        Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null").redirectErrorStream(true).start();
        // Typed ahead, and stdin kept open: at its end, script would end the command.
        p.getOutputStream().write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        p.getOutputStream().close();
        assertThat(ended).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private List<String> current() {
        return CliRun.of("-c", project.resolve("retort.toml").toString(), "current").out().lines().toList();
    }

    @Test
    void showsThePlanAndAnsweringNoChangesNothing() throws Exception {
        String screen = upgradeAnswering("n");
        assertThat(screen).contains("Running upgrade  -> q1, revision q1", "Apply these 1 revisions to production? [y/N]",
                "nothing changed");
        assertThat(current()).isEmpty();
    }

    @Test
    void answeringYesRunsIt() throws Exception {
        String screen = upgradeAnswering("y");
        assertThat(screen).contains("Apply these 1 revisions to production? [y/N]");
        assertThat(current()).containsExactly("q1 (head)");
    }
}
