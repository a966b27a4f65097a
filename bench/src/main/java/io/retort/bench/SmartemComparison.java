package io.retort.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SmartEM case: the project's nine real revisions, from an empty database to
 * {@link #TARGET}, by Retort (a copy of {@code smartem/} with an environment for the bench) and
 * by Alembic (the bench's port of the same revisions back to Python, kept as resources beside
 * this class), then {@code current}. Each run does, per tool: a cold upgrade (Retort's
 * {@code .retort/} or Python's {@code __pycache__} deleted first) and a warm {@code current}
 * on one database, a warm upgrade and a cold {@code current} on a fresh one. The floor replays with
 * {@code psql -1 -f} a {@code pg_dump} of what Retort built. After each upgrade the bench
 * compares the schema (columns, indexes, constraints, enum types, the seeded rows and the
 * version) with what Retort's first upgrade built.
 */
final class SmartemComparison {
    static final String TARGET = "c4d5e6f7a8b9";
    /** The port's files, oldest first: one per Java revision in {@code smartem/migrations/versions}. */
    static final List<String> ALEMBIC_FILES = List.of(
            "001_create_core_smartem_schema_baseline.py",
            "002_add_acquisition_time_index.py",
            "003_add_scifi_robot_prediction_models.py",
            "33107394dcd1_add_quality_metric_and_training_tables.py",
            "87f8c5e11906_fix_schema_drift_sync_indexes.py",
            "a1b2c3d4e5f6_add_suggested_acquisition_index.py",
            "b2c3d4e5f6a7_add_foilhole_groups_and_prediction_weight_tracking.py",
            "b3c4d5e6f7a8_add_agent_log_and_micrograph_updated_at.py",
            "c4d5e6f7a8b9_add_prediction_model_capability_flags.py");
    /** The row key in {@link Results}: the number of revisions. */
    static final int REVISIONS = ALEMBIC_FILES.size();
    
    private final Path work;
    private final Path smartem;
    private final Optional<Path> retortLauncher;
    private final Sampler sampler;
    private final PrintStream progress;

    SmartemComparison(Path work, Path smartem, Optional<Path> retortLauncher, Sampler sampler, PrintStream progress) {
        this.work = work;
        this.smartem = smartem;
        this.retortLauncher = retortLauncher;
        this.sampler = sampler;
        this.progress = progress;
    }

    /** The port's Python source of one file of {@link #ALEMBIC_FILES}. */
    static String alembicSource(String file) {
        try (InputStream in = SmartemComparison.class.getResourceAsStream("smartem/" + file)) {
            return new String(Objects.requireNonNull(in, "no resource smartem/" + file).readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource smartem/" + file, e);
        }
    }

    /** Writes the port into {@code project}: {@code env.py} and the nine revisions. */
    static void writeAlembicPort(AlembicProject project) {
        project.writeEnvironment(AlembicProject.MIGRATION_ENV);
        for (String file : ALEMBIC_FILES) {
            WorkFolder.write(project.versions().resolve(file), alembicSource(file));
        }
    }

    void run(int runs) {
        Path folder = work.resolve("smartem");
        progress.printf("writing the SmartEM projects (Retort: a copy of %s; Alembic: the bench's port)%n", smartem);
        WorkFolder.deleteTree(folder);
        AlembicProject alembic = new AlembicProject(folder.resolve("alembic"));
        writeAlembicPort(alembic);
        String alembicDb = "bench_smartem_alembic";
        Path ini = alembic.writeMigrationConfig(alembicDb, false);
        Optional<RetortTurn> retort = retortLauncher.map(l -> new RetortTurn(l, copyRetortProject(folder.resolve("retort"))));
        String retortDb = "bench_smartem_retort";
        Path dump = folder.resolve("psql").resolve("smartem.sql");
        Optional<String> reference = retort.flatMap(r -> reference(r, retortDb, dump));
        for (int run = 1; run <= runs; run++) {
            progress.printf("SmartEM, run %d/%d%n", run, runs);
            if (reference.isPresent()) {
                Invocation floor = new Invocation("psql -1 -f smartem.sql (pg_dump of Retort's result)",
                        Psql.command("bench_smartem_psql", "-1", "-f", dump.toString()));
                Bench.onFreshDatabase("bench_smartem_psql", db -> upgrade(row(Case.SMARTEM_UPGRADE, "psql (floor)", floor, true), floor, db, reference));
                Invocation select = new Invocation("psql -c 'SELECT 1'", Psql.command("postgres", "-tAc", "SELECT 1"));
                sampler.measure(row(Case.SMARTEM_CURRENT, "psql (floor)", select, true), select);
            }
            retort.ifPresent(r -> turn("Retort", retortDb, reference,
                    "retort upgrade " + TARGET, r.command("upgrade", TARGET),
                    "retort current", r.command("current"), "revision cache", r.cache()));
            if (Files.isExecutable(AlembicProject.COMMAND)) {
                turn(AlembicProject.contenderName(), alembicDb, reference,
                        "alembic upgrade " + TARGET, AlembicCli.command(ini, "upgrade", TARGET),
                        "alembic current", AlembicCli.command(ini, "current"), "__pycache__",
                        alembic.bytecodeCaches().toArray(Path[]::new));
            }
        }
    }

    /** The copied project and the launcher that runs it. */
    private record RetortTurn(Path launcher, RetortProject project) {
        List<String> command(String... args) {
            return RetortCli.command(launcher, project.root().resolve("retort.toml"), args);
        }

        Path cache() {
            return project.cache();
        }
    }

    /**
     * One tool's turn: a cold upgrade and a warm {@code current} (the upgrade filled the cache) on
     * one database, then a warm upgrade and a cold {@code current} on a fresh one. A failed
     * upgrade ends the turn.
     */
    private void turn(String tool, String database, Optional<String> reference, String upgradeLabel, List<String> upgrade,
                      String currentLabel, List<String> current, String cacheName, Path... caches) {
        Invocation coldUpgrade = new Invocation(upgradeLabel + " (cold: no " + cacheName + ")", upgrade).clearingFirst(caches);
        Invocation warmCurrent = new Invocation(currentLabel + " (warm " + cacheName + ")", current);
        Invocation warmUpgrade = new Invocation(upgradeLabel + " (warm " + cacheName + ")", upgrade);
        Invocation coldCurrent = new Invocation(currentLabel + " (cold: no " + cacheName + ")", current).clearingFirst(caches);
        boolean upgraded = Bench.onFreshDatabase(database, db -> upgrade(row(Case.SMARTEM_UPGRADE, tool, coldUpgrade, false), coldUpgrade, db, reference)
                && sampler.measure(row(Case.SMARTEM_CURRENT, tool, warmCurrent, false), warmCurrent));
        if (upgraded) {
            Bench.onFreshDatabase(database, db -> upgrade(row(Case.SMARTEM_UPGRADE, tool, warmUpgrade, false), warmUpgrade, db, reference)
                    && sampler.measure(row(Case.SMARTEM_CURRENT, tool, coldCurrent, false), coldCurrent));
        }
    }

    private boolean upgrade(Results.Row row, Invocation invocation, String database, Optional<String> reference) {
        if (!sampler.measure(row, invocation)) {
            return false;
        }
        String built = fingerprint(database);
        Optional<String> difference = reference.flatMap(r -> difference(r, built));
        difference.ifPresent(d -> {
            sampler.results().fail(row, "the schema differs from Retort's: " + d);
            progress.println("  FAILED: schema differs: " + d);
        });
        return difference.isEmpty();
    }

    /**
     * Retort's first upgrade, untimed, on a database of its own: its schema is what every later
     * upgrade must build, and its {@code pg_dump} is the floor's script. Empty when it fails.
     */
    private Optional<String> reference(RetortTurn retort, String database, Path dump) {
        Scratch.create(database);
        try {
            sampler.timed().run(new Invocation("retort upgrade " + TARGET + " (untimed reference)", retort.command("upgrade", TARGET)));
            Files.createDirectories(dump.getParent());
            sampler.timed().run(new Invocation("pg_dump", List.of("pg_dump", "-h", Scratch.HOST, "-p", String.valueOf(Scratch.PORT),
                    "-U", Scratch.USER, "--no-owner", "--no-privileges", "--exclude-table=retort_history", "-f", dump.toString(), database)));
            return Optional.of(fingerprint(database));
        } catch (TimedProcess.Failure | IOException e) {
            progress.println("  the untimed reference upgrade failed, so the SmartEM schemas are not compared: " + e.getMessage());
            return Optional.empty();
        } finally {
            Scratch.drop(database);
        }
    }

    /** A copy of the SmartEM project (configuration, revisions, model sources) with a {@code bench} environment. */
    private RetortProject copyRetortProject(Path root) {
        try {
            for (String part : List.of("migrations", "src/main/java")) {
                copyTree(smartem.resolve(part), root.resolve(part));
            }
            String toml = Files.readString(smartem.resolve("retort.toml"));
            WorkFolder.write(root.resolve("retort.toml"), toml + "\n[environments." + RetortProject.ENVIRONMENT + "]\n"
                    + "url = \"" + Scratch.jdbcUrl("bench_smartem_retort") + "\"\nuser = \"" + Scratch.USER + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the SmartEM project from " + smartem, e);
        }
        return new RetortProject(root);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** The schema of a SmartEM database, one sorted line per fact, without the tools' bookkeeping tables. */
    static String fingerprint(String database) {
        String ours = "NOT IN ('retort_history', 'alembic_version')";
        return Scratch.query(database, "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
                // the column's place among the live ones: a dump that is replayed has no gaps where columns were dropped
                + "SELECT 'column ' || table_name || '.' || column_name || ' #' || row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position)"
                + " || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name " + ours
                + " UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename " + ours
                + " UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0 AND conrelid::regclass::text " + ours
                + " UNION ALL SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname"
                + " UNION ALL SELECT 'model ' || name || ' ' || can_train || can_infer || can_update FROM qualitypredictionmodel"
                + " UNION ALL SELECT 'version ' || version_num FROM alembic_version) facts(x)", r -> r.getString(1));
    }

    /** The first lines in which two fingerprints differ, or empty when they are equal. */
    static Optional<String> difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        List<String> want = List.of(expected.split("\n"));
        List<String> got = List.of(actual.split("\n"));
        List<String> out = new ArrayList<>();
        want.stream().filter(l -> !got.contains(l)).limit(3).forEach(l -> out.add("missing `" + l + "`"));
        got.stream().filter(l -> !want.contains(l)).limit(3).forEach(l -> out.add("extra `" + l + "`"));
        return Optional.of(String.join("; ", out));
    }

    private static Results.Row row(Case c, String contender, Invocation invocation, boolean floor) {
        return new Results.Row(REVISIONS, c, contender, invocation.label(), floor);
    }
}
