package io.retort.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code check} case: one database holding a {@link CheckWorkload}'s tables, compared with
 * their models by {@code retort check} and by Alembic's autogenerate, each run as its own
 * process, side by side in each run, after a psql floor ({@code SELECT 1}). Retort reads the
 * entity sources through its {@code [model]} section; one untimed run first fills its model cache,
 * so the timed runs are warm. Alembic 1.8.1 (Debian's) predates {@code alembic check}, so it runs
 * {@code alembic revision --autogenerate}, which makes the same comparison and writes a revision
 * file; the bench checks (untimed) that the file holds no operation and deletes it, so the next
 * run again finds the database at head.
 */
final class CheckComparison {
    static final String RETORT = "Retort";
    static final String ALEMBIC = "Alembic";

    private final Path work;
    private final Optional<Path> retortLauncher;
    private final Sampler sampler;
    private final PrintStream progress;

    CheckComparison(Path work, Optional<Path> retortLauncher, Sampler sampler, PrintStream progress) {
        this.work = work;
        this.retortLauncher = retortLauncher;
        this.sampler = sampler;
        this.progress = progress;
    }

    /** Measures {@code runs} runs against {@code tables} tables. */
    void run(int tables, int runs) {
        CheckWorkload workload = new CheckWorkload(tables);
        Path folder = work.resolve("check-" + tables);
        String database = "bench_check_" + tables;
        progress.printf("writing the %,d-table check workload (SQL, JPA entities, SQLAlchemy models)%n", tables);
        WorkFolder.deleteTree(folder);
        Path sql = folder.resolve("create.sql");
        WorkFolder.write(sql, workload.createSql());
        RetortProject project = new RetortProject(folder.resolve("retort"));
        workload.writeEntities(project.modelSources());
        Path toml = project.writeModelConfig(database, CheckWorkload.PACKAGE);
        Path ini = workload.writeAlembic(new AlembicProject(folder.resolve("alembic")), database);
        Scratch.create(database);
        try {
            sampler.timed().run(new Invocation("psql -1 -f create.sql", Psql.command(database, "-1", "-f", sql.toString())));
            sampler.results().note("check-alembic", AlembicProject.installed());
            Invocation floor = new Invocation("psql -c 'SELECT 1'", Psql.command(database, "-tAc", "SELECT 1"));
            Optional<Invocation> retort = retortLauncher.map(l -> new Invocation("retort check (warm model cache)",
                    RetortCli.command(l, toml, "check")));
            Invocation alembic = new Invocation("alembic revision --autogenerate",
                    List.of(AlembicProject.COMMAND.toString(), "-c", ini.toString(), "revision", "--autogenerate", "-m", "check"));
            retort.ifPresent(r -> warm(r));
            for (int run = 1; run <= runs; run++) {
                progress.printf("check against %,d tables, run %d/%d%n", tables, run, runs);
                measure(row(tables, "psql (floor)", floor, true), floor);
                retort.ifPresent(r -> measure(row(tables, RETORT, r, false), r));
                if (measure(row(tables, ALEMBIC, alembic, false), alembic)) {
                    verifyEmptyRevision(row(tables, ALEMBIC, alembic, false), ini.getParent().resolve("versions"));
                }
            }
            retort.ifPresent(r -> phases(r, tables));
        } finally {
            Scratch.drop(database);
        }
    }

    private static Results.Row row(int tables, String contender, Invocation invocation, boolean floor) {
        return new Results.Row(tables, Case.CHECK, contender, invocation.label(), floor);
    }

    /** The untimed first run that fills Retort's model cache; its failure shows in the timed rows. */
    private void warm(Invocation retort) {
        try {
            sampler.timed().run(retort);
        } catch (TimedProcess.Failure e) {
            progress.println("  the untimed warm-up of retort check failed: " + e.getMessage());
        }
    }

    /** One more, untimed run with {@code -v}: its timing line (inspect, read, diff) goes under the table. */
    private void phases(Invocation retort, int tables) {
        List<String> command = new java.util.ArrayList<>(retort.command());
        command.add("-v");
        try {
            sampler.timed().run(new Invocation(retort.label() + " -v", command));
            List<String> log = Files.readAllLines(sampler.timed().log());
            log.stream().filter(l -> l.startsWith("timing: ")).reduce((a, b) -> b).ifPresent(line ->
                    sampler.results().note("check-phases-" + tables, line.substring("timing: ".length())));
        } catch (TimedProcess.Failure | IOException e) {
            progress.println("  the untimed retort check -v failed: " + e.getMessage());
        }
    }

    private boolean measure(Results.Row row, Invocation invocation) {
        return sampler.measure(row, invocation);
    }

    /** Fails the row unless Alembic wrote one revision with no operation, then deletes it. */
    private void verifyEmptyRevision(Results.Row row, Path versions) {
        try (Stream<Path> files = Files.list(versions)) {
            List<Path> written = files.filter(p -> p.toString().endsWith(".py")).toList();
            for (Path file : written) {
                List<String> operations = CheckWorkload.operations(Files.readString(file));
                if (!operations.isEmpty()) {
                    sampler.results().fail(row, "Alembic found differences: " + String.join("; ", operations.subList(0, Math.min(3, operations.size()))));
                }
                Files.delete(file);
            }
            if (written.size() != 1) {
                sampler.results().fail(row, "Alembic wrote " + written.size() + " revision files, expected 1");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Alembic's revision in " + versions, e);
        }
    }
}
