package io.retort.cli;

import io.retort.safety.RehearsalReport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = "Copy the database (pg_dump and pg_restore into a scratch database, dropped afterwards), run the"
                + " pending upgrade there one revision at a time, and report each one's time, the locks it held at"
                + " commit and the tables whose row count changed (exit 1 if a revision fails). The database itself is only read.")
final class RehearseCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "Where the upgrade goes (default head).")
    String target = "head";

    @Option(names = "--scratch-url", paramLabel = "JDBC_URL",
            description = "Make the copy on this server (a JDBC URL of any database there) instead of the database's own.")
    String scratchUrl;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        RehearsalReport report = scratchUrl == null ? retort.rehearse(target) : retort.rehearse(target, scratchUrl);
        if (report.steps().isEmpty()) {
            parent.out().println("rehearse: nothing to run; " + report.copiedFrom() + " is at " + target);
            return 0;
        }
        parent.out().println("Rehearsed on a copy of " + report.copiedFrom() + " (dropped):");
        report.steps().forEach(this::print);
        Duration total = report.steps().stream().map(RehearsalReport.Step::duration).reduce(Duration.ZERO, Duration::plus);
        RehearsalReport.Step first = report.steps().get(0);
        RehearsalReport.Step last = report.steps().get(report.steps().size() - 1);
        report.failure().ifPresent(f -> parent.out().println("FAILED: " + f));
        parent.out().println("rehearse: " + report.steps().stream().filter(s -> !s.failed()).count() + " of "
                + report.steps().size() + " revision(s) ran on the copy in " + seconds(total) + "; rows "
                + first.totalRowsBefore() + " -> " + last.totalRowsAfter() + "; the database itself was not changed");
        return report.passed() ? 0 : 1;
    }

    private void print(RehearsalReport.Step step) {
        parent.out().println(step.description() + (step.failed() ? " (failed)" : ""));
        parent.out().println("  time: " + seconds(step.duration()));
        if (step.outsideTransaction()) {
            parent.out().println("  ran outside a transaction: each statement's locks ended with it; not shown");
        }
        List<RehearsalReport.Lock> locks = step.locks();
        if (!locks.isEmpty()) {
            parent.out().println("  locks: " + locks.stream().map(RehearsalReport.Lock::describe).collect(Collectors.joining(", ")));
        }
        List<String> rows = step.rowChanges();
        parent.out().println("  rows: " + (rows.isEmpty() ? "no table's count changed" : String.join(", ", rows))
                + " (total " + step.totalRowsBefore() + " -> " + step.totalRowsAfter() + ")");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
