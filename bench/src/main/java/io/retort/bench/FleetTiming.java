package io.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code retort fleet upgrade head} on a schema-per-tenant fleet: one database with
 * {@code tenant_000 ...} schemas brought from empty to SmartEM's head, once per parallelism, each on
 * a fresh database. The revisions are compiled once beforehand, so the figures are the fleet's,
 * not the compiler's.
 */
record FleetTiming(Path launcher, Path work, Path smartemVersions, Duration timeout) {
    static final String DATABASE = "retort_fleet_timing";
    /** A target's line of {@code fleet upgrade}'s output ends with its own duration. */
    private static final Pattern TARGET_SECONDS = Pattern.compile(" in ([0-9.]+) s$", Pattern.MULTILINE);

    /** One parallelism's run: wall and CPU of the process, the targets' own durations, the statements' time. */
    record Level(int parallel, double wallSeconds, double cpuSeconds, List<Double> targetSeconds, double statementSeconds) {
        Level {
            targetSeconds = List.copyOf(targetSeconds);
        }

        double meanPerTarget() {
            return targetSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    List<Level> run(FleetPlan plan, java.io.PrintStream progress) {
        Path config = writeConfig();
        try {
            fresh(plan.schemas());
            timed("compile").run(new Invocation("retort upgrade --sql base:head (compiles the revisions once)",
                    List.of(launcher.toString(), "-c", config.toString(), "upgrade", "--sql", "base:head")));
            List<Level> levels = new ArrayList<>();
            for (int n : plan.levels()) {
                fresh(plan.schemas());
                TimedProcess process = timed("parallel-" + n);
                Measurement m = process.run(new Invocation("retort fleet upgrade head --parallel " + n,
                        List.of(launcher.toString(), "-c", config.toString(), "fleet", "upgrade", "head", "--parallel", String.valueOf(n))));
                Level level = new Level(n, m.wallSeconds(), m.cpuSeconds(), targetSeconds(read(process.log())), statementSeconds());
                progress.printf(java.util.Locale.ROOT, "fleet: %d schemas, --parallel %d: %.1f s wall, %.3f s mean per target%n",
                        plan.schemas(), n, level.wallSeconds(), level.meanPerTarget());
                levels.add(level);
            }
            return levels;
        } finally {
            Scratch.drop(DATABASE);
        }
    }

    /** The durations {@code fleet upgrade} printed for each target. */
    static List<Double> targetSeconds(String output) {
        List<Double> seconds = new ArrayList<>();
        Matcher m = TARGET_SECONDS.matcher(output);
        while (m.find()) {
            seconds.add(Double.parseDouble(m.group(1)));
        }
        return seconds;
    }

    /** {@code retort_history.duration_ms} summed over every schema: the time spent in the revisions' statements. */
    private static double statementSeconds() {
        return Scratch.query(DATABASE, "SELECT coalesce(sum((xpath('/row/s/text()', query_to_xml(format("
                + "'SELECT coalesce(sum(duration_ms), 0) AS s FROM %I.retort_history', table_schema), false, true, '')))[1]::text::bigint), 0) "
                + "FROM information_schema.tables WHERE table_name = 'retort_history'", r -> r.getLong(1)) / 1000.0;
    }

    private static void fresh(int schemas) {
        Scratch.create(DATABASE);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < schemas; i++) {
            sql.append(String.format("CREATE SCHEMA tenant_%03d;", i));
        }
        Scratch.execute(DATABASE, sql.toString());
    }

    private Path writeConfig() {
        Path config = work.resolve("retort.toml");
        WorkFolder.write(config, """
                [retort]
                script_locations = ["%s"]
                [environments.development]
                url = "%s?user=%s"
                [fleet]
                schemas = "tenant_%%"
                """.formatted(smartemVersions.toAbsolutePath(), Scratch.jdbcUrl(DATABASE), Scratch.USER));
        return config;
    }

    /** A process logging to its own file, emptied first, so the file holds only that run's output. */
    private TimedProcess timed(String name) {
        Path log = work.resolve(name + ".log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TimedProcess(Path.of("").toAbsolutePath(), log, timeout);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
