package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort completion bash|zsh}, run in the real shells: the script's function is called the
 * way the shell calls it (COMP_WORDS, COMP_CWORD) and what it offers is read back. Revision words come
 * from {@code retort __complete-revisions}, here a script that runs this build's Main.
 */
class CompletionTest {
    static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/nothing";
    @TempDir static Path dir;
    static Path project;
    static Path retort;

    @BeforeAll
    static void setUp() throws IOException {
        project = BranchedProject.write(Files.createDirectories(dir.resolve("project")));
        retort = dir.resolve("retort");
        Files.writeString(retort, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' io.retort.cli.Main \"$@\"\n");
        retort.toFile().setExecutable(true);
        Files.writeString(dir.resolve("retort.bash"), CliRun.of("completion", "bash").out());
        Files.writeString(dir.resolve("retort.zsh"), CliRun.of("completion", "zsh").out());
    }

    /** What the script offers for the command line {@code words}, the last being the word under the cursor. */
    static List<String> complete(String shell, String... words) throws IOException, InterruptedException {
        String array = Arrays.stream(words).map(w -> "'" + w + "'").reduce((a, b) -> a + " " + b).orElseThrow();
        String script = "source ./retort." + shell + "\nCOMP_WORDS=(" + retort + " " + array + ")\nCOMP_CWORD=" + words.length
                + "\n_retort\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder(shell, "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // zsh's compgen leaves matching the word to zsh itself (compadd), so it is done here.
        return out.lines().filter(l -> !l.isEmpty() && l.startsWith(words[words.length - 1])).toList();
    }

    static String config() {
        return project.resolve("retort.toml").toString();
    }

    @Test
    void commands() throws Exception {
        assertThat(complete("bash", "up")).containsExactly("upgrade");
        assertThat(complete("bash", "")).contains("upgrade", "downgrade", "log", "graph", "completion")
                .doesNotContain("__complete-revisions");
    }

    @Test
    void optionsOfTheCommand() throws Exception {
        assertThat(complete("bash", "upgrade", "--")).contains("--sql", "--ignore-checksums", "--yes", "--config")
                .doesNotContain("--format");
        assertThat(complete("bash", "graph", "--format", "")).containsExactly("text", "dot", "svg");
        assertThat(complete("bash", "completion", "")).containsExactly("bash", "zsh");
    }

    @Test
    void revisionIdsAndLabelsFromTheProjectsHeaders() throws Exception {
        assertThat(complete("bash", "-c", config(), "upgrade", ""))
                .containsExactly("head", "heads", "base", "a", "b", "feature", "feature@head", "c", "m", "d");
        assertThat(complete("bash", "-c", config(), "show", "fe")).containsExactly("feature", "feature@head");
        assertThat(complete("bash", "-c", config(), "history", "-r", "m")).containsExactly("m");
    }

    @Test
    void zshThroughBashcompinit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is not installed: its script is the bash one through bashcompinit, tested above");
        assertThat(complete("zsh", "do")).containsExactly("downgrade");
        assertThat(complete("zsh", "-c", config(), "stamp", "f")).containsExactly("feature", "feature@head");
    }

    @Test
    void revisionWordsReadNoDatabase() {
        CliRun run = CliRun.in(project, UNREACHABLE, "__complete-revisions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly("head", "heads", "base", "a", "b", "feature", "feature@head", "c", "m", "d");
    }

    @Test
    void hiddenFromHelp() {
        assertThat(CliRun.of("--help").out()).contains("completion").doesNotContain("__complete-revisions");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("retort: error: invalid value for positional parameter at index 0 (bash|zsh)");
    }
}
