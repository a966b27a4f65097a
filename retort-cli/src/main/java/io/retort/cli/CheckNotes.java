package io.retort.cli;

import io.retort.autogen.CheckReport;
import java.io.PrintWriter;

/** What {@code check} and {@code revision --autogenerate} print besides the differences, on standard error. */
final class CheckNotes {
    private CheckNotes() {}

    /** Warnings and differences left as they are always; with {@code verbose}, the phases' timing and column order too. */
    static void print(CheckReport report, boolean verbose, PrintWriter err) {
        report.warnings().forEach(line -> err.println("warning: " + line));
        report.notGenerated().forEach(line -> err.println("note: " + line));
        if (verbose) {
            report.columnOrder().forEach(line -> err.println("note: " + line));
            err.println(report.timings().line());
        }
    }
}
