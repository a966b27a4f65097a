package io.retort.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The programs the bench measures with or against, which the Maven build does not install:
 * GNU time (every timed run) and psql (the floor). A test that needs one is skipped, saying so,
 * when it is missing; {@code bench/setup} installs both.
 */
final class InstalledPrograms {
    private InstalledPrograms() {}

    /** Skips the calling test unless GNU time is installed. */
    static void assumeGnuTime() {
        assumeTrue(Files.isExecutable(TimedProcess.GNU_TIME),
                TimedProcess.GNU_TIME + " (GNU time) is not installed; bench/setup installs it");
    }

    /** Skips the calling test unless GNU time and psql are installed. */
    static void assumeGnuTimeAndPsql() {
        assumeGnuTime();
        String path = System.getenv().getOrDefault("PATH", "");
        assumeTrue(Arrays.stream(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "psql"))),
                "psql is not on PATH; bench/setup installs it");
    }

    /** Skips the calling test unless Debian's Python Alembic is installed. */
    static void assumeAlembic() {
        assumeTrue(Files.isExecutable(AlembicProject.COMMAND) && Files.isExecutable(Path.of(AlembicProject.PYTHON)),
                AlembicProject.COMMAND + " is not installed; bench/setup installs it");
    }

    /** Runs {@code command} to its end and returns its output (stdout and stderr); fails on a non-zero exit. */
    static String output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
