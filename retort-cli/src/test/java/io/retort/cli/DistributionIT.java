package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive the build writes (target/retort-VERSION.tar.gz), unpacked and run the way
 * the README's Install says: through a chain of symlinks in another folder, from a third folder,
 * against a real PostgreSQL. Runs after package (failsafe), since it needs the archive.
 */
class DistributionIT {
    @TempDir static Path dir;
    static Path link;
    static Path project;
    static TestDatabase db;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive = files.filter(f -> f.getFileName().toString().matches("retort-.*\\.tar\\.gz")).findFirst().orElseThrow(
                    () -> new AssertionError("no target/retort-*.tar.gz: run mvn package (or verify) first"));
        }
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        assertThat(run(unpacked, "tar", "xzf", archive.toAbsolutePath().toString()).exitCode()).isZero();
        Path home;
        try (Stream<Path> homes = Files.list(unpacked)) {
            home = homes.findFirst().orElseThrow();
        }
        // ~/.local/bin/retort -> ../share/retort (relative) -> the archive's bin/retort (absolute)
        Path share = Files.createDirectories(dir.resolve("local/share"));
        Files.createSymbolicLink(share.resolve("retort"), home.resolve("bin/retort"));
        Path bin = Files.createDirectories(dir.resolve("local/bin"));
        link = Files.createSymbolicLink(bin.resolve("retort"), Path.of("../share/retort"));
        project = BranchedProject.write(Files.createDirectories(dir.resolve("project")));
        db = TestDatabase.create(DistributionIT.class);
    }

    @AfterAll
    static void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    static CliRun run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), new String(out), new String(err));
    }

    static CliRun retort(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(link.toString(), "--url", db.url()));
        command.addAll(List.of(args));
        return run(project, command.toArray(String[]::new));
    }

    @Test
    void theArchiveHoldsTheLauncherAndItsLibraries() throws IOException {
        Path home = link.toRealPath().getParent().getParent();
        assertThat(Files.isExecutable(home.resolve("bin/retort"))).isTrue();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(j -> j.getFileName().toString()))
                    .anyMatch(j -> j.startsWith("retort-cli-")).anyMatch(j -> j.startsWith("retort-core-"))
                    .anyMatch(j -> j.startsWith("picocli-")).anyMatch(j -> j.startsWith("postgresql-"));
        }
    }

    @Test
    void runsThroughSymlinksFromAnotherFolder() throws Exception {
        CliRun version = run(dir, link.toString(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("retort ");

        CliRun upgrade = retort("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade m -> d");
        CliRun current = retort("current");
        assertThat(current.out()).isEqualTo("d (head)\n");
        CliRun log = retort("log", "--format", "json");
        assertThat(log.out()).contains("\"revision\": \"d\"");
    }

    @Test
    void aUsageErrorKeepsItsContract() throws Exception {
        CliRun run = retort("migrate");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("retort: error: unknown command 'migrate'; Retort says retort upgrade head\n");
    }

    @Test
    void completionAsksTheInstalledCommandForRevisions() throws Exception {
        Path script = dir.resolve("retort.bash");
        Files.writeString(script, run(dir, link.toString(), "completion", "bash").out());
        CliRun words = run(project, "bash", "-c", "source " + script + "; COMP_WORDS=(" + link + " downgrade fe); COMP_CWORD=2;"
                + " _retort; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(words.out().lines()).containsExactly("feature", "feature@head");
    }

    @Test
    void colourAtATerminalOnlyWithoutNoColor() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                "util-linux's script (a terminal for the command) is not installed");
        // script runs the command on a pseudo-terminal, as a person's shell would.
        ProcessBuilder atTerminal = new ProcessBuilder("script", "-qec", link + " migrate", "/dev/null").directory(dir.toFile());
        atTerminal.environment().remove("NO_COLOR");
        assertThat(output(atTerminal)).contains("\u001b[1;31mretort: error:\u001b[0m unknown command 'migrate'");
        ProcessBuilder noColour = new ProcessBuilder("script", "-qec", link + " migrate", "/dev/null").directory(dir.toFile());
        noColour.environment().put("NO_COLOR", "1");
        assertThat(output(noColour)).contains("retort: error: unknown command 'migrate'").doesNotContain("\u001b[");
        assertThat(retort("migrate").err()).doesNotContain("\u001b["); // piped
    }

    private static String output(ProcessBuilder command) throws Exception {
        Process p = command.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
