package io.retort.cli;

import io.retort.RetortException;
import io.retort.runtime.HistoryEntry;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort log}: the history table, the steps that ran on this database, oldest first. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show the steps that ran on the database (retort_history): when, which way, which revision, how long, by whom.")
final class LogCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = "-n", paramLabel = "N", description = "Only the last N steps.")
    Integer last;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        if (last != null && last < 0) {
            throw new RetortException("-n " + last + " is negative; give how many of the last steps to show, such as -n 20");
        }
        var retort = parent.project.retort();
        List<HistoryEntry> entries = retort.log(last == null ? -1 : last);
        PrintWriter out = parent.out();
        if (format == OutputFormat.json) {
            out.println(new JsonFields().put("database", retort.describeTarget())
                    .put("entries", entries.stream().map(LogCommand::json).toList()));
            return 0;
        }
        if (entries.isEmpty()) {
            parent.err().println("No steps recorded in " + retort.describeTarget() + ".");
            return 0;
        }
        out.println(String.format(Locale.ROOT, "%-20s  %-9s  %-12s  %8s  %s", "started (UTC)", "direction", "revision", "took", "by, message"));
        for (HistoryEntry e : entries) {
            out.println(String.format(Locale.ROOT, "%-20s  %-9s  %-12s  %8s  %s (%s)%s",
                    e.startedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toLocalDateTime().toString().replace('T', ' '),
                    e.direction(), e.revision(), took(e.durationMs()), e.appliedBy(), e.dbUser(),
                    e.message() == null || e.message().isEmpty() ? "" : ", " + e.message()));
        }
        return 0;
    }

    private static String took(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** One row: id, revision, direction, message, checksum, started_at, finished_at, duration_ms, applied_by, db_user. */
    static JsonFields json(HistoryEntry e) {
        return new JsonFields()
                .put("id", e.id())
                .put("revision", e.revision())
                .put("direction", e.direction())
                .put("message", e.message())
                .put("checksum", e.checksum())
                .put("started_at", e.startedAt())
                .put("finished_at", e.finishedAt())
                .put("duration_ms", e.durationMs())
                .put("applied_by", e.appliedBy())
                .put("db_user", e.dbUser());
    }
}
