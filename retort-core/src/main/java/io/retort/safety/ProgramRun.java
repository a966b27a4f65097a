package io.retort.safety;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One run of pg_dump or pg_restore: its output kept in a file, its failure turned into one line. */
final class ProgramRun {
    private ProgramRun() {}

    /**
     * Runs {@code command} with {@code variables} added to the environment (libpq's, password
     * included) and returns what it printed; a failure throws, naming {@code what} and the
     * program's first error line.
     */
    static String run(List<String> command, Map<String, String> variables, String what) {
        Path output = null;
        try {
            output = Files.createTempFile("retort-" + Path.of(command.get(0)).getFileName() + "-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(variables);
            int exit = builder.start().waitFor();
            String printed = Files.readString(output);
            if (exit != 0) {
                throw new RetortException(what + " failed (" + command.get(0) + " exited with " + exit + "): "
                        + firstError(printed));
            }
            return printed;
        } catch (IOException e) {
            throw new RetortException(what + " failed: cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(what + " was interrupted", e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** The line that says what went wrong: the first {@code error:} line, else the last line printed. */
    private static String firstError(String printed) {
        List<String> lines = printed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.contains("error:")).findFirst()
                .orElse(lines.isEmpty() ? "it printed nothing" : lines.get(lines.size() - 1));
    }
}
