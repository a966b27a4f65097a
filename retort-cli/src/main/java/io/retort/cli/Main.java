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
        CommandLine cli = RetortCommand.commandLine(args).setOut(out).setErr(err);
        TerminalColour colour = TerminalColour.detect();
        cli.setParameterExceptionHandler(new UsageErrors(colour));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof RetortException) {
                line.getErr().println(colour.error() + " " + e.getMessage());
                return 1;
            }
            line.getErr().println("retort: internal error (please report it):");
            e.printStackTrace(line.getErr());
            return 2;
        });
        try {
            return cli.execute(args);
        } finally {
            // print() of an --sql script does not flush an autoflush writer; exit would lose it.
            out.flush();
            err.flush();
        }
    }
}
