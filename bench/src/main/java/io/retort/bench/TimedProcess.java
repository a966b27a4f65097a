package io.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process under GNU {@code time}, appending its output to a log.
 * Wall time is measured here around the whole process; the peak RSS is {@code time}'s
 * {@code %M}: the largest resident set of the process and the descendants it waited for; CPU
 * time is {@code %U + %S}.
 */
record TimedProcess(Path workingDirectory, Path log, Duration timeout) {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** A run that exited non-zero or timed out. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    Measurement run(Invocation invocation) {
        try {
            invocation.clearFirst().forEach(WorkFolder::deleteTree);
            Files.createDirectories(log.getParent());
            Path rusage = Files.createTempFile(log.getParent(), "time", ".txt");
            List<String> command = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", rusage.toString()));
            command.addAll(invocation.command());
            Files.writeString(log, "\n$ " + String.join(" ", invocation.command()) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(invocation.environment());
            Process process = builder
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            long start = System.nanoTime();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new Failure(invocation.label() + " timed out after " + timeout.toMinutes() + " min; see " + log);
            }
            // On a non-zero exit GNU time writes a "Command exited with" line before the figures.
            String[] lines = Files.readString(rusage).strip().split("\n");
            String[] usage = lines[lines.length - 1].strip().split("\\s+");
            Files.delete(rusage);
            if (process.exitValue() != 0) {
                throw new Failure(invocation.label() + " exited with " + process.exitValue() + "; see " + log);
            }
            return new Measurement(wall, Double.parseDouble(usage[1]) + Double.parseDouble(usage[2]), Long.parseLong(usage[0]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + invocation.command(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(invocation.label() + " was interrupted");
        }
    }
}
