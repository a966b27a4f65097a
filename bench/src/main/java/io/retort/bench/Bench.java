package io.retort.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link Plan}: for each workload size and run, each contender in turn does, up to the
 * plan's limit, its one-transaction upgrade(s), each on a fresh database; then, on another fresh
 * database, fresh upgrade, no-op upgrade, status and downgrade. The bulk load follows.
 * A failed command fails its row and ends that contender's sequence for the run; the rest go on.
 */
final class Bench {
    private static final List<Case> SEQUENCE = List.of(Case.FRESH_UPGRADE, Case.NOOP_UPGRADE, Case.STATUS, Case.DOWNGRADE_BASE);

    private final Plan plan;
    private final Path work;
    private final Optional<Path> retortLauncher;
    private final JavaCommand java;
    private final PrintStream progress;
    private final TimedProcess timed;
    private final Results results = new Results();
    private final Sampler sampler;

    Bench(Plan plan, Path work, Optional<Path> retortLauncher, JavaCommand java, Duration timeout, PrintStream progress) {
        this.plan = plan;
        this.work = work;
        this.retortLauncher = retortLauncher;
        this.java = java;
        this.progress = progress;
        this.timed = new TimedProcess(Path.of("").toAbsolutePath(), work.resolve("logs").resolve("commands.log"), timeout);
        this.sampler = new Sampler(timed, results, progress);
    }

    Results run() {
        // The launcher rebuilds the CLI when its sources are newer than its jar: let it do so now, untimed.
        retortLauncher.ifPresent(launcher -> {
            try {
                timed.run(new Invocation("retort --version", List.of(launcher.toString(), "--version")));
            } catch (TimedProcess.Failure e) {
                progress.println("the Retort launcher fails (its rows will say so): " + e.getMessage());
            }
        });
        if (Files.isExecutable(AlembicProject.COMMAND)) {
            results.note("alembic", AlembicProject.installed());
        }
        plan.runsBySize().forEach(this::schema);
        if (plan.bulkRuns() > 0) {
            bulk();
        }
        if (plan.checkRuns() > 0) {
            new CheckComparison(work, retortLauncher, sampler, progress).run(plan.checkTables(), plan.checkRuns());
        }
        if (plan.smartemRuns() > 0) {
            new SmartemComparison(work, Path.of("smartem").toAbsolutePath(), retortLauncher, sampler, progress).run(plan.smartemRuns());
        }
        retortLauncher.ifPresent(l -> results.note("retort-launcher", RetortCli.launcherSetup(l)));
        return results;
    }

    private void schema(int revisions, int runs) {
        progress.printf("writing the %,d-revision workload in five forms%n", revisions);
        WorkFolder folder = WorkFolder.write(work.resolve(String.valueOf(revisions)), new Workload(revisions));
        boolean oneTransaction = revisions <= plan.oneTransactionLimit();
        List<Contender> contenders = contenders(folder, retortLauncher, java, !oneTransaction);
        for (int run = 1; run <= runs; run++) {
            for (Contender contender : contenders) {
                progress.printf("N=%,d run %d/%d: %s%n", revisions, run, runs, contender.name());
                if (oneTransaction) {
                    freshUpgrades(folder.workload(), contender);
                }
                sequence(folder.workload(), contender);
            }
        }
        retortLauncher.ifPresent(l -> results.note("retort-files-" + revisions, retortFilesNote(folder.retort())));
    }

    /**
     * The floor, Retort when its launcher exists, Alembic when {@code bench/setup} installed it, and
     * the Java peers, in the order they take turns.
     */
    static List<Contender> contenders(WorkFolder folder, Optional<Path> retortLauncher, JavaCommand java, boolean coldSequence) {
        List<Contender> contenders = new ArrayList<>(List.of(new Psql(folder)));
        retortLauncher.ifPresent(launcher -> contenders.add(new RetortCli(launcher, folder, coldSequence)));
        if (Files.isExecutable(AlembicProject.COMMAND)) {
            contenders.add(new AlembicCli(AlembicProject.contenderName(), folder.alembic(), coldSequence));
        }
        contenders.add(new FlywayJava(java, folder));
        contenders.add(new LiquibaseJava(java, folder));
        return contenders;
    }

    /** The one-transaction upgrade: each of the contender's commands on a fresh database of its own. */
    private void freshUpgrades(Workload workload, Contender contender) {
        Case c = Case.FRESH_UPGRADE_ONE_TRANSACTION;
        List<Invocation> commands = contender.commands(c, "none");
        if (commands.isEmpty()) {
            results.absent(new Results.Row(workload.revisions(), c, contender.name(), "—", contender.floor()), contender.missing(c));
            return;
        }
        for (int i = 0; i < commands.size(); i++) {
            int index = i;
            onFreshDatabase(database(contender, workload.revisions(), "1tx" + i), db -> {
                Invocation invocation = contender.commands(c, db).get(index);
                Results.Row row = new Results.Row(workload.revisions(), c, contender.name(), invocation.label(), contender.floor());
                return measure(row, invocation) && verify(workload, row, db);
            });
        }
    }

    private void sequence(Workload workload, Contender contender) {
        onFreshDatabase(database(contender, workload.revisions(), "seq"), db -> {
            for (Case c : SEQUENCE) {
                if (!measure(workload, c, contender, db)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Measures each of the contender's commands for a case on one database; false once one fails. */
    private boolean measure(Workload workload, Case c, Contender contender, String database) {
        List<Invocation> commands = contender.commands(c, database);
        if (commands.isEmpty()) {
            results.absent(new Results.Row(workload.revisions(), c, contender.name(), "—", contender.floor()), contender.missing(c));
            return true;
        }
        for (Invocation invocation : commands) {
            Results.Row row = new Results.Row(workload.revisions(), c, contender.name(), invocation.label(), contender.floor());
            if (!measure(row, invocation) || (c == Case.FRESH_UPGRADE && !verify(workload, row, database))) {
                return false;
            }
        }
        return true;
    }

    private boolean measure(Results.Row row, Invocation invocation) {
        return sampler.measure(row, invocation);
    }

    /** Checks the fresh upgrade built the workload's schema, and records the tool's bookkeeping tables. */
    private boolean verify(Workload workload, Results.Row row, String database) {
        Workload.Catalog built = Scratch.catalog(database);
        if (!built.equals(workload.expectedCatalog())) {
            results.fail(row, "built " + built + ", expected " + workload.expectedCatalog());
            progress.println("  FAILED: wrong schema " + built);
            return false;
        }
        results.bookkeeping(row.contender(), Scratch.otherTables(database));
        return true;
    }

    private void bulk() {
        BulkLoad load = new BulkLoad(plan.bulkRows());
        Path folder = work.resolve("bulk");
        Path rows = folder.resolve("rows.tsv");
        progress.printf("writing %,d rows for the bulk load%n", load.rows());
        load.writeCopyFile(rows);
        List<BulkContender> loaders = new ArrayList<>();
        loaders.add(new BulkContender("psql (floor)", true, db -> List.of(new Invocation("psql \\copy (COPY text format)",
                Psql.command(db, "-c", "\\copy " + BulkLoad.TABLE + " (id, name, payload, created_at) FROM '" + rows + "'")))));
        retortLauncher.ifPresent(launcher -> {
            RetortProject project = load.writeRetortProject(folder.resolve("retort"));
            loaders.add(new BulkContender("Retort", false, db -> List.of(new Invocation(
                    "retort upgrade head: op.bulkInsert, " + BulkLoad.RETORT_CHUNK + " rows a call, cold revision cache",
                    RetortCli.command(launcher, project.writeConfig(db, RetortProject.TransactionPer.RUN), "upgrade", "head"))
                    .clearingFirst(project.cache()))));
            // The same after the cold row compiled the revision: the load itself, as psql's is.
            loaders.add(new BulkContender("Retort", false, db -> List.of(new Invocation(
                    "retort upgrade head: op.bulkInsert, " + BulkLoad.RETORT_CHUNK + " rows a call, warm revision cache",
                    RetortCli.command(launcher, project.writeConfig(db, RetortProject.TransactionPer.RUN), "upgrade", "head")))));
        });
        for (boolean rewrite : List.of(true, false)) {
            loaders.add(new BulkContender("JDBC", false, db -> List.of(new Invocation(
                    "batches of 1000, reWriteBatchedInserts=" + rewrite,
                    java.main(JdbcBulkInsertMain.class, db, String.valueOf(load.rows()), "1000", String.valueOf(rewrite))))));
        }
        for (int run = 1; run <= plan.bulkRuns(); run++) {
            for (BulkContender loader : loaders) {
                progress.printf("bulk run %d/%d: %s%n", run, plan.bulkRuns(), loader.name());
                onFreshDatabase(database(loader, 0, "bulk"), db -> {
                    Scratch.execute(db, BulkLoad.CREATE_TABLE);
                    Invocation invocation = loader.commands(Case.BULK_INSERT, db).get(0);
                    Results.Row row = new Results.Row(0, Case.BULK_INSERT, loader.name(), invocation.label(), loader.floor());
                    if (measure(row, invocation) && Scratch.rowCount(db, BulkLoad.TABLE) != load.rows()) {
                        results.fail(row, "loaded " + Scratch.rowCount(db, BulkLoad.TABLE) + " rows, expected " + load.rows());
                    }
                    return true;
                });
            }
        }
    }

    /** Work on one database; false when it failed (its row says why). */
    interface DatabaseWork {
        boolean run(String database);
    }

    /** Runs {@code work} on {@code database}, created empty before and dropped after; returns what the work returned. */
    static boolean onFreshDatabase(String database, DatabaseWork work) {
        Scratch.create(database);
        try {
            return work.run(database);
        } finally {
            Scratch.drop(database);
        }
    }

    private static String database(Contender contender, int revisions, String purpose) {
        String tool = contender.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
        return "bench_" + tool + "_" + revisions + "_" + purpose;
    }

    /** What Retort left in its project folder besides what the bench wrote: its revision cache. */
    private static String retortFilesNote(RetortProject project) {
        try (Stream<Path> files = Files.walk(project.root())) {
            List<Path> extra = files.filter(Files::isRegularFile)
                    .map(p -> project.root().relativize(p))
                    .filter(p -> p.getNameCount() > 1 && !p.getName(0).toString().equals("versions"))
                    .toList();
            if (extra.isEmpty()) {
                return "Retort wrote no files next to the revisions (no on-disk revision cache).";
            }
            String folders = extra.stream().map(p -> p.subpath(0, Math.min(2, p.getNameCount() - 1)).toString())
                    .distinct().map(f -> "`" + f + "/`").collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "Retort's revision cache after these runs: %,d files in %s.", extra.size(), folders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + project.root(), e);
        }
    }
}
