package io.retort.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's fleet section: {@link FleetTiming}'s levels as a table, with the command, date,
 * commit and load of its own run (it is measured apart from the rest of the report) and what
 * limits the speed-up, computed from the run.
 */
record FleetSection(int schemas, List<FleetTiming.Level> levels, String arguments, ZonedDateTime date, String commit, Machine machine) {
    /** Every fleet section's heading starts so, whatever its number of schemas. */
    static final String HEADING = "## Fleet: ";

    FleetSection {
        levels = List.copyOf(levels);
    }

    String markdown() {
        StringBuilder out = new StringBuilder(HEADING).append(fmt("%,d tenant schemas to SmartEM's head\n\n", schemas));
        out.append("Written by `bench/run").append(arguments.isEmpty() ? "" : " " + arguments).append("` on ")
                .append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(fmt(" at commit `%s`, apart from the rest of this report, on %s, %d cores; load average (1, 5, 15 min) %s.\n\n",
                        commit, machine.cpu(), machine.processors(), machine.load()))
                .append(fmt("Each row runs `./retort -c <project>/retort.toml fleet upgrade head --parallel N` as its own process on a fresh database "
                        + "holding %,d empty schemas `tenant_000`… (`[fleet] schemas = \"tenant_%%\"`), which it brings to the head of "
                        + "`smartem/migrations/versions/`; the revisions were compiled once beforehand (`upgrade --sql base:head`), so every row "
                        + "finds them in the revision cache. Wall is measured around the process; mean per target is the average of the durations "
                        + "`fleet upgrade` prints for each target; statements is `retort_history.duration_ms` summed over every schema, "
                        + "the time spent running the revisions.\n\n", schemas))
                .append("| Parallelism | Wall (s) | Speed-up vs serial | Mean per target (s) | Retort CPU (s) | Statements (s) | Statements ÷ (wall × parallelism) |\n")
                .append("|--:|--:|--:|--:|--:|--:|--:|\n");
        Optional<FleetTiming.Level> serial = serial();
        for (FleetTiming.Level l : levels) {
            out.append(fmt("| %d | %.1f | %s | %.3f | %.1f | %.1f | %.0f%% |\n", l.parallel(), l.wallSeconds(),
                    serial.map(s -> fmt("%.2f×", s.wallSeconds() / l.wallSeconds())).orElse("—"),
                    l.meanPerTarget(), l.cpuSeconds(), l.statementSeconds(), 100 * busy(l)));
        }
        return out.append('\n').append(limits()).append("\n\n").toString();
    }

    /** What limits it, from the figures above. */
    String limits() {
        if (levels.isEmpty()) {
            return "**What limits it:** nothing was measured.";
        }
        StringBuilder out = new StringBuilder("**What limits it:** ");
        serial().ifPresent(s -> out.append(fmt("serially the revisions' statements take %.0f%% of the wall time; the other %.1f s "
                        + "(%.0f ms a target) is outside them: the JVM's start and, for each target, connecting, locking, reading its version table and writing its history. ",
                100 * s.statementSeconds() / s.wallSeconds(), s.wallSeconds() - s.statementSeconds(),
                1000 * (s.wallSeconds() - s.statementSeconds()) / schemas)));
        FleetTiming.Level fastest = levels.stream().min(Comparator.comparingDouble(FleetTiming.Level::wallSeconds)).orElseThrow();
        FleetTiming.Level widest = levels.stream().max(Comparator.comparingInt(FleetTiming.Level::parallel)).orElseThrow();
        out.append(fmt("The fastest row is --parallel %d", fastest.parallel()));
        serial().ifPresent(s -> out.append(fmt(" (%.2f× serial)", s.wallSeconds() / fastest.wallSeconds())));
        double retortCores = widest.cpuSeconds() / widest.wallSeconds();
        out.append(fmt(" on %d cores. At --parallel %d Retort's own process used %.2f cores on average (its CPU ÷ wall), leaving at most %.2f "
                        + "for the PostgreSQL server, which runs every statement, and for the machine's other work (see the load average above); "
                        + "its workers spent %.0f%% of their time in statements and the rest outside them",
                machine.processors(), widest.parallel(), retortCores, Math.max(0, machine.processors() - retortCores), 100 * busy(widest)));
        if (widest.parallel() > machine.processors()) {
            out.append(fmt(". Beyond %d workers no core is left idle for one more statement, so more workers only queue", machine.processors()));
        }
        return out.append('.').toString();
    }

    /** {@code report} with its fleet section replaced by this one, or with it appended. */
    String replaceIn(String report) {
        return Report.replaceSection(report, HEADING, markdown());
    }

    /**
     * A full run's {@code markdown} with the fleet section it {@code measured}, or else the one of the
     * {@code earlier} report it replaces: a full run without {@code --fleet} never loses it.
     */
    static String intoFullReport(String markdown, String earlier, Optional<FleetSection> measured) {
        return measured.map(FleetSection::markdown).or(() -> Report.section(earlier, HEADING))
                .map(section -> Report.replaceSection(markdown, HEADING, section)).orElse(markdown);
    }

    private Optional<FleetTiming.Level> serial() {
        return levels.stream().filter(l -> l.parallel() == 1).findFirst();
    }

    /** The share of the workers' time spent in statements: the statements' sum over wall × parallelism. */
    private static double busy(FleetTiming.Level l) {
        return l.statementSeconds() / (l.wallSeconds() * l.parallel());
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
