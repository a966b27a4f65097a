package io.retort.cli;

import io.retort.RetortException;
import picocli.CommandLine;

/** The {@code retort} command. User errors print one line and exit 1; bugs print a stack trace and exit 2. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        TerminalColour colour = TerminalColour.detect();
        var direct = DirectRun.command(out, err, args);
        if (direct.isPresent()) {
            try {
                return direct.get().call();
            } catch (Exception e) {
                return failed(e, err, colour);
            } finally {
                out.flush();
                err.flush();
            }
        }
        CommandLine cli = RetortCommand.commandLine(args).setOut(out).setErr(err);
        cli.setParameterExceptionHandler(new UsageErrors(colour));
        cli.setExecutionExceptionHandler((e, line, parsed) -> failed(e, line.getErr(), colour));
        try {
            return cli.execute(args);
        } finally {
            // print() of an --sql script does not flush an autoflush writer; exit would lose it.
            out.flush();
            err.flush();
        }
    }

    /** A user error prints one line (exit 1); anything else is a bug: a stack trace (exit 2). */
    private static int failed(Exception e, java.io.PrintWriter err, TerminalColour colour) {
        if (e instanceof RetortException) {
            err.println(colour.error() + " " + e.getMessage());
            return 1;
        }
        err.println("retort: internal error (please report it):");
        e.printStackTrace(err);
        return 2;
    }
}
