package io.retort.cli;

import io.retort.RetortException;
import io.retort.autogen.AutogenTimings;
import io.retort.autogen.CheckReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort check}: exit 0 when the model and the database match, 1 when they differ, 2 on an error. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the entity model with the database: exit 0 when they match, 1 when they differ (one line per difference), 2 on an error.")
final class CheckCommand implements Callable<Integer> {
    static final int DIFFERENT = 1;
    static final int ERROR = 2;

    @ParentCommand RetortCommand parent;

    @Option(names = "--from-revisions",
            description = "Compare with the revisions replayed into a scratch database (made beside the environment's, then dropped) instead of the database itself.")
    boolean fromRevisions;

    @Option(names = "--format", paramLabel = "text|json", description = "How to print the result (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-v", "--verbose"}, description = "Print how long the inspect, read and diff phases took, and columns in another order than the model's.")
    boolean verbose;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = parent.out();
        PrintWriter err = parent.err();
        CheckReport report;
        try {
            report = parent.project.retort().check(fromRevisions);
        } catch (RetortException e) {
            // check's contract is 0/1/2: a user error is 2 here, not the other commands' 1.
            err.println("retort: error: " + e.getMessage());
            if (format == Format.json) {
                out.println("{\"error\": " + json(e.getMessage()) + "}");
            }
            return ERROR;
        }
        CheckNotes.print(report, verbose, err);
        if (format == Format.json) {
            out.println(json(report));
        } else if (report.clean()) {
            out.println("No differences between the model and " + report.compared() + ".");
        } else {
            report.differences().forEach(out::println);
            err.println(report.differences().size() + " difference(s) between the model and " + report.compared()
                    + "; write them as a revision with: retort revision --autogenerate -m MESSAGE");
        }
        return report.clean() ? 0 : DIFFERENT;
    }

    /** The report as one JSON object: clean, compared, differences, warnings and the phases' seconds. */
    static String json(CheckReport report) {
        AutogenTimings t = report.timings();
        return "{\"clean\": " + report.clean()
                + ", \"compared\": " + json(report.compared())
                + ", \"differences\": " + json(report.differences())
                + ", \"warnings\": " + json(report.warnings())
                + ", \"not_generated\": " + json(report.notGenerated())
                + ", \"column_order\": " + json(report.columnOrder())
                + ", \"timings\": {" + String.format(Locale.ROOT, "\"replay_s\": %.3f, \"inspect_s\": %.3f, \"read_s\": %.3f, \"diff_s\": %.3f",
                        seconds(t.replay()), seconds(t.inspect()), seconds(t.read()), seconds(t.diff()))
                + "}}";
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String json(List<String> values) {
        return values.stream().map(CheckCommand::json).collect(Collectors.joining(", ", "[", "]"));
    }

    static String json(String value) {
        return JsonFields.quote(value);
    }
}
