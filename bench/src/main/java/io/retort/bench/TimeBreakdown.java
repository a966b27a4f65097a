package io.retort.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "where the time goes" section: cheap probes run after the benchmark. A bare JVM start
 * sets the floor any Java tool pays per command; Retort's fresh upgrade, no-op upgrade and
 * {@code current} are rerun once with a class-load log and a JFR recording
 * ({@code JAVA_TOOL_OPTIONS}, so the launcher needs no change) to show what they load and
 * where their CPU goes. Probe runs are slower than the measured ones and are not in the tables.
 */
final class TimeBreakdown {
    private static final int PROBE_SIZE = 1_000;
    /** The options {@code ./retort} starts its JVM with. */
    private static final List<String> RETORT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m");

    private final Path work;
    private final Optional<Path> retortLauncher;
    private final JavaCommand java;
    private final PrintStream progress;
    private final TimedProcess timed;

    TimeBreakdown(Path work, Optional<Path> retortLauncher, JavaCommand java, PrintStream progress) {
        this.work = work;
        this.retortLauncher = retortLauncher;
        this.java = java;
        this.progress = progress;
        this.timed = new TimedProcess(Path.of("").toAbsolutePath(), work.resolve("logs").resolve("probes.log"), Duration.ofMinutes(15));
    }

    List<String> lines(Plan plan, Results results) {
        List<String> lines = new ArrayList<>();
        progress.println("probing: JVM start");
        lines.add(jvmStart(java, "the JVM's default options"));
        lines.add(jvmStart(java.withOptions(RETORT_JVM_OPTIONS), "the Retort launcher's options `" + String.join(" ", RETORT_JVM_OPTIONS) + "`"));
        StatementLog.find().ifPresentOrElse(log -> lines.add(statementCounts(log, plan)),
                () -> lines.add("- Statements per command: not counted (the server log " + StatementLog.DEBIAN_LOG + " is not readable)."));
        if (retortLauncher.isEmpty()) {
            lines.add("- Retort was not measured (pending), so there is nothing to break down yet.");
            return lines;
        }
        int size = plan.runsBySize().keySet().stream().filter(n -> n <= PROBE_SIZE).max(Integer::compare).orElse(PROBE_SIZE);
        Path folder = work.resolve(String.valueOf(size));
        RetortCli retort = new RetortCli(retortLauncher.get(), new WorkFolder(folder, new Workload(size)), true);
        Path probes = work.resolve("probes");
        String database = "bench_retort_probe_" + size;
        Scratch.create(database);
        try {
            Files.createDirectories(probes);
            lines.add(fmt("- Probes of Retort at %,d revisions, one run each with `JAVA_TOOL_OPTIONS` set to record JFR (CPU samples are charged to the "
                    + "innermost known component on the stack) and, apart, to log class loading; slower than the measured runs:", size));
            try (AdvisoryLockWatch lock = new AdvisoryLockWatch(database)) {
                lines.add(probe("fresh `upgrade head`, one transaction per migration, cold revision cache",
                        retort.commands(Case.FRESH_UPGRADE, database).get(0), probes.resolve("fresh"), false));
                results.note("retort-lock", lock.seen()
                        ? "held an advisory lock on the database during `upgrade head` (seen in `pg_locks`)"
                        : "no advisory lock was seen in `pg_locks` during `upgrade head` (polled every 20 ms)");
            }
            lines.add(jitProbe(retort, size));
            lines.add(probe("no-op `upgrade head`", retort.commands(Case.NOOP_UPGRADE, database).get(0), probes.resolve("noop"), true));
            lines.add(probe("`current`", retort.commands(Case.STATUS, database).get(0), probes.resolve("current"), true));
        } catch (java.io.IOException | java.sql.SQLException | TimedProcess.Failure e) {
            lines.add("- The Retort probes failed: " + e.getMessage());
        } finally {
            Scratch.drop(database);
        }
        return lines;
    }

    private String jvmStart(JavaCommand command, String options) {
        List<Measurement> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(timed.run(new Invocation("empty main", command.main(EmptyMain.class))));
        }
        Results.Summary jvm = Results.Summary.of(starts);
        return fmt("- A bare JVM start and exit (an empty main, `%s`, with %s) takes %.2f s wall (median of 3), %.2f s CPU and %.0f MiB: "
                + "every Java tool pays about this on every command, psql does not.", EmptyMain.class.getName(), options,
                jvm.medianWall(), jvm.medianCpu(), jvm.medianRssMiB());
    }

    /**
     * Counts what each contender sends the server for a fresh upgrade and a no-op upgrade at the
     * plan's smallest size, each on a fresh database with {@code log_statement = 'all'}.
     */
    private String statementCounts(StatementLog log, Plan plan) {
        int size = plan.runsBySize().keySet().stream().min(Integer::compare).orElse(100);
        WorkFolder folder = new WorkFolder(work.resolve(String.valueOf(size)), new Workload(size));
        List<String> fresh = new ArrayList<>();
        List<String> noop = new ArrayList<>();
        for (Contender contender : Bench.contenders(folder, retortLauncher, java, false)) {
            progress.println("probing: statements sent by " + contender.name());
            String database = "bench_statements_" + size;
            Scratch.create(database);
            try {
                long mark = log.start(database);
                timed.run(contender.commands(Case.FRESH_UPGRADE, database).get(0));
                fresh.add(fmt("%s %,d", contender.name(), log.countSince(mark, database)));
                mark = log.start(database);
                timed.run(contender.commands(Case.NOOP_UPGRADE, database).get(0));
                noop.add(fmt("%s %,d", contender.name(), log.countSince(mark, database)));
            } catch (java.io.IOException | TimedProcess.Failure e) {
                fresh.add(contender.name() + " ? (" + e.getMessage() + ")");
            } finally {
                Scratch.drop(database);
            }
        }
        return fmt("- Statements sent to the server at %,d revisions (`log_statement = 'all'` on the database, counted in the server log; "
                + "one per execution; psql's no-op is its `SELECT 1`): fresh upgrade with one transaction per migration — %s; no-op upgrade — %s.",
                size, String.join(", ", fresh), String.join(", ", noop));
    }

    /**
     * The cold fresh upgrade with the launcher's C1-only JIT and with full tiered compilation
     * ({@code RETORT_JAVA_OPTS} comes after the launcher's options, so it wins): javac is long-running
     * code that C2 speeds up.
     */
    private String jitProbe(RetortCli retort, int size) {
        List<String> results = new ArrayList<>();
        for (String options : List.of("", "-XX:TieredStopAtLevel=4")) {
            progress.println("probing: Retort cold upgrade with RETORT_JAVA_OPTS=" + options);
            String database = "bench_retort_jit_" + size;
            Scratch.create(database);
            try {
                Measurement m = timed.run(retort.commands(Case.FRESH_UPGRADE, database).get(0).withEnvironment("RETORT_JAVA_OPTS", options));
                results.add(fmt("%.2f s wall, %.2f s CPU, %.0f MiB", m.wallSeconds(), m.cpuSeconds(), m.peakRssMiB()));
            } catch (TimedProcess.Failure e) {
                results.add("failed: " + e.getMessage());
            } finally {
                Scratch.drop(database);
            }
        }
        return fmt("  - the same cold fresh upgrade without JFR, as the launcher starts it (`-XX:TieredStopAtLevel=1`, C1 only): %s; "
                + "with full tiered compilation (`RETORT_JAVA_OPTS=-XX:TieredStopAtLevel=4`): %s.", results.get(0), results.get(1));
    }

    /**
     * Runs the command once with a JFR recording and, unless {@code withClassLog} is false, once
     * more with a class-load log (apart, so JFR's own classes do not count).
     */
    private String probe(String what, Invocation invocation, Path prefix, boolean withClassLog) {
        progress.println("probing: Retort " + what);
        Path jfr = Path.of(prefix + ".jfr");
        Measurement m = timed.run(invocation.withEnvironment("JAVA_TOOL_OPTIONS", CpuProfile.option(jfr)));
        String cpu = Files.exists(jfr) ? CpuProfile.read(jfr).summary() : "no JFR recording (did the JVM halt without running its shutdown hooks?)";
        String loaded = "";
        if (withClassLog) {
            Path classes = Path.of(prefix + "-classes.log");
            Measurement plain = timed.run(invocation.withEnvironment("JAVA_TOOL_OPTIONS", ClassLoadLog.option(classes)));
            loaded = fmt(" Without JFR: %.2f s wall; loaded ", plain.wallSeconds())
                    + (Files.exists(classes) ? ClassLoadLog.read(classes).summary(8) : "? (no class-load log)") + ".";
        }
        return fmt("  - %s: %.2f s wall, %.2f s CPU (%.0f%% of wall), %.0f MiB. %s.%s",
                what, m.wallSeconds(), m.cpuSeconds(), 100 * m.cpuSeconds() / m.wallSeconds(), m.peakRssMiB(), cpu, loaded);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
