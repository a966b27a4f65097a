package io.retort.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Runs one command for a row: records its measurement, or its failure, and prints a progress line. */
record Sampler(TimedProcess timed, Results results, PrintStream progress) {

    /** False when the command failed (the row says why). */
    boolean measure(Results.Row row, Invocation invocation) {
        try {
            Measurement m = timed.run(invocation);
            results.add(row, m);
            progress.printf(Locale.ROOT, "  %-55s %8.2f s wall %8.2f s CPU %7.1f MiB%n", row.label(), m.wallSeconds(), m.cpuSeconds(), m.peakRssMiB());
            return true;
        } catch (TimedProcess.Failure e) {
            results.fail(row, e.getMessage());
            progress.println("  FAILED: " + e.getMessage());
            return false;
        }
    }
}
