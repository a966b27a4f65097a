package io.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench/run}: measures every case and rewrites {@code bench/RESULTS.md}. */
@Command(name = "bench/run", mixinStandardHelpOptions = true,
        description = "Benchmarks Retort against psql, Alembic, Flyway and Liquibase on 127.0.0.1:5432 and writes the results as Markdown.")
public final class BenchMain implements Callable<Integer> {

    @Option(names = "--quick", description = "N = 100 and 1,000 only, fewer runs: the check to run before and after a change (about 12 min; add --out bench/target/quick.md to keep RESULTS.md).")
    boolean quick;

    @Option(names = "--retort", description = "The Retort launcher (default: ${DEFAULT-VALUE}); its rows are 'pending' when it does not exist.")
    Path retort = Path.of("retort");

    @Option(names = "--out", description = "The report to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench", "RESULTS.md");

    @Option(names = "--work", description = "Where the workloads and logs go (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("bench", "target", "work");

    @Option(names = "--analysis", description = "A hand-written reading of the figures, appended to 'Where the time goes' when its first line '<!-- commit: abc1234 -->' names the measured commit (default: ${DEFAULT-VALUE}).")
    Path analysis = Path.of("bench", "analysis.md");

    @Option(names = "--timeout", paramLabel = "MINUTES", description = "Give up on one command after this long; its row says so (default: ${DEFAULT-VALUE}).")
    int timeoutMinutes = 10;

    @Option(names = "--sizes", split = ",", paramLabel = "N:RUNS",
            description = "Override the plan's workload sizes, e.g. 100:2,1000:1.")
    List<String> sizes;

    @Option(names = "--bulk", paramLabel = "ROWS:RUNS", description = "Override the bulk load, e.g. 100000:1.")
    String bulk;

    @Option(names = "--check", paramLabel = "TABLES:RUNS", description = "Override the check comparison, e.g. 1000:5 (default: 1000:5, 1000:3 with --quick).")
    String check;

    @Option(names = "--smartem", paramLabel = "RUNS", description = "Runs of the SmartEM comparison (its nine real revisions, Retort against Alembic); 0 skips it (default: 5, 3 with --quick).")
    Integer smartem;

    @Option(names = "--check-only", description = "Run only the check comparison (retort check against Alembic) and replace its section of the existing report.")
    boolean checkOnly;

    @Option(names = "--fleet", paramLabel = "SCHEMAS:LEVELS",
            description = "Time `retort fleet upgrade head` on SCHEMAS tenant schemas at each parallelism, e.g. 200:1,2,4,8; 0 keeps the report's fleet section as it is (default: 0, 200:1,2,4,8 with --fleet-only).")
    String fleet;

    @Option(names = "--fleet-only", description = "Run only the fleet timing and replace its section of the existing report.")
    boolean fleetOnly;

    @Option(names = "--analysis-only", description = "Measure nothing: put the hand-written reading (--analysis) into the existing report's 'Where the time goes', in place of the one there, if its stamp names the report's commit (write it after a run, for its figures).")
    boolean analysisOnly;

    /** The command line as given, for the report's first line. */
    private String arguments = "";

    public static void main(String[] args) {
        BenchMain bench = new BenchMain();
        bench.arguments = String.join(" ", args);
        System.exit(new CommandLine(bench).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        Optional<Path> launcher = Files.isExecutable(retort) ? Optional.of(retort.toAbsolutePath()) : Optional.empty();
        FleetPlan fleetPlan = fleetPlan();
        if (fleetPlan.measures() && launcher.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--fleet needs the Retort launcher; none at " + retort.toAbsolutePath());
        }
        if (analysisOnly) {
            HandWrittenAnalysis reading = HandWrittenAnalysis.parse(Files.readAllLines(analysis));
            Files.writeString(out, reading.replaceIn(existingReport(), analysis.toString()));
            System.out.println("put " + analysis + " into " + out.toAbsolutePath());
            return 0;
        }
        if (fleetOnly) {
            if (!fleetPlan.measures()) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--fleet-only with --fleet " + fleet + " measures nothing");
            }
            Files.writeString(out, fleetSection(fleetPlan, launcher.orElseThrow()).replaceIn(existingReport()));
            System.out.println("replaced the fleet section of " + out.toAbsolutePath());
            return 0;
        }
        if (launcher.isEmpty()) {
            System.out.println("no Retort launcher at " + retort.toAbsolutePath() + ": its rows will say pending");
        }
        Machine machine = Machine.current();
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        Path workFolder = work.toAbsolutePath();
        JavaCommand java = JavaCommand.current();
        Results results = new Bench(plan, workFolder, launcher, java, Duration.ofMinutes(timeoutMinutes), System.out).run();
        if (checkOnly) {
            Report report = new Report(results, plan, quick, arguments, machine.loadUntilNow(), started,
                    Duration.between(started, ZonedDateTime.now(ZoneOffset.UTC)), commit(), launcher.isPresent(), List.of());
            Files.writeString(out, Report.replaceCheckSection(existingReport(), report.checkSection(true)));
            System.out.println("replaced the check section of " + out.toAbsolutePath());
            return 0;
        }
        List<String> breakdown = new ArrayList<>(new TimeBreakdown(workFolder, launcher, java, System.out).lines(plan, results));
        String commit = commit();
        if (Files.exists(analysis)) {
            breakdown.add("");
            breakdown.add(HandWrittenAnalysis.MARKER);
            breakdown.addAll(HandWrittenAnalysis.parse(Files.readAllLines(analysis)).linesFor(commit, analysis.toString()));
        }
        Report report = new Report(results, plan, quick, arguments, machine.loadUntilNow(), started,
                Duration.between(started, ZonedDateTime.now(ZoneOffset.UTC)), commit, launcher.isPresent(), breakdown);
        Optional<FleetSection> fleetSection = fleetPlan.measures() ? Optional.of(fleetSection(fleetPlan, launcher.orElseThrow())) : Optional.empty();
        Files.writeString(out, FleetSection.intoFullReport(report.markdown(), existingReport(), fleetSection));
        System.out.println("wrote " + out.toAbsolutePath());
        return 0;
    }

    private FleetPlan fleetPlan() {
        try {
            return fleet != null ? FleetPlan.parse(fleet) : fleetOnly ? FleetPlan.DEFAULT : FleetPlan.NONE;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage(), e);
        }
    }

    /** Times the fleet; the section names its own run's date, commit and load, apart from the rest of the report. */
    private FleetSection fleetSection(FleetPlan fleetPlan, Path launcher) {
        Machine machine = Machine.current();
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        List<FleetTiming.Level> levels = new FleetTiming(launcher, work.toAbsolutePath().resolve("fleet"), Path.of("smartem", "migrations", "versions"),
                Duration.ofMinutes(timeoutMinutes)).run(fleetPlan, System.out);
        return new FleetSection(fleetPlan.schemas(), levels, arguments, started, commit(), machine.loadUntilNow());
    }

    /** The report as an earlier run left it: the sections a partial run keeps. */
    private String existingReport() throws java.io.IOException {
        return Files.exists(out) ? Files.readString(out) : "";
    }

    /** The checked-out commit, so a report names the code it measured. */
    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (java.io.IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private Plan plan() {
        Plan base = quick ? Plan.quick() : Plan.full();
        Map<Integer, Integer> runsBySize = base.runsBySize();
        if (sizes != null) {
            runsBySize = new LinkedHashMap<>();
            for (String s : sizes) {
                int[] nr = pair(s);
                runsBySize.put(nr[0], nr[1]);
            }
        }
        int[] bulkRowsRuns = bulk != null ? pair(bulk) : new int[] {base.bulkRows(), base.bulkRuns()};
        int[] checkTablesRuns = check != null ? pair(check) : new int[] {base.checkTables(), base.checkRuns()};
        Plan chosen = new Plan(runsBySize, bulkRowsRuns[0], bulkRowsRuns[1], base.oneTransactionLimit(), checkTablesRuns[0], checkTablesRuns[1],
                smartem != null ? smartem : base.smartemRuns());
        return checkOnly ? chosen.checkOnly() : chosen;
    }

    /** {@code 1000:3} as {@code {1000, 3}}. */
    private static int[] pair(String sizeAndRuns) {
        String[] parts = sizeAndRuns.split(":");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
