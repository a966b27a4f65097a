package io.retort.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Renders a run's {@link Results} as {@code bench/RESULTS.md}. */
record Report(Results results, Plan plan, boolean quick, String arguments, Machine machine, ZonedDateTime date, java.time.Duration elapsed,
              String commit, boolean retortMeasured, List<String> whereTheTimeGoes) {

    private static final String RETORT = "Retort";

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmarks: Retort against psql, Alembic, Flyway and Liquibase\n\n");
        out.append("Written by `bench/run").append(arguments.isEmpty() ? "" : " " + arguments).append("` on ")
                .append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(fmt(" (it took %d min) at commit `%s`", elapsed.toMinutes(), commit))
                .append("; every figure below comes from that one run. Do not edit by hand: run it again.\n\n");
        machine(out);
        method(out);
        targets(out);
        for (int revisions : plan.runsBySize().keySet()) {
            out.append("## ").append(fmt("%,d", revisions)).append(" revisions\n\n");
            for (Case c : List.of(Case.FRESH_UPGRADE, Case.FRESH_UPGRADE_ONE_TRANSACTION, Case.NOOP_UPGRADE, Case.STATUS, Case.DOWNGRADE_BASE)) {
                table(out, revisions, c);
            }
            Optional.ofNullable(results.notes().get("retort-files-" + revisions)).ifPresent(n -> out.append(n).append("\n\n"));
        }
        out.append("## Bulk insert of ").append(fmt("%,d", plan.bulkRows())).append(" rows\n\n")
                .append("Into `").append(BulkLoad.CREATE_TABLE).append("`, created empty in a fresh database before each run.\n\n");
        table(out, 0, Case.BULK_INSERT);
        smartem(out);
        out.append(checkSection(false));
        out.append("## Where the time goes\n\n");
        whereTheTimeGoes.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private void machine(StringBuilder out) {
        out.append("## Machine\n\n")
                .append("- CPU: ").append(machine.cpu()).append(", ").append(machine.processors()).append(" cores (nproc)\n")
                .append("- Memory: ").append(machine.memory()).append('\n')
                .append("- OS: ").append(machine.kernel()).append('\n')
                .append("- PostgreSQL: ").append(machine.postgres()).append(", on 127.0.0.1:5432, default settings\n")
                .append("- Java: ").append(machine.java()).append('\n')
                .append("- Load average (1, 5, 15 min): ").append(machine.load()).append('\n')
                .append("- Runs: ");
        plan.runsBySize().forEach((n, runs) -> out.append(fmt("%,d", runs)).append(" at N = ").append(fmt("%,d", n)).append(", "));
        out.append(plan.bulkRuns()).append(" for the bulk load, ").append(plan.checkRuns()).append(" for `check`, ")
                .append(plan.smartemRuns()).append(" for SmartEM. The machine is shared, so the min–max range shows the noise.\n\n");
    }

    private void method(StringBuilder out) {
        out.append("## How it is measured\n\n")
                .append("- Every command is a separate OS process, as a user runs it: a fresh JVM for each Java tool, with the JVM's default options. ")
                .append("In each run, each contender in turn first does its one-transaction upgrade(s), each on a fresh database (Retort and Alembic: cold, then warm cache), ")
                .append("then, on another fresh database: fresh upgrade with one transaction per migration, no-op upgrade, status commands, downgrade to base.\n")
                .append("- Wall time is measured around the process; CPU is GNU time's user + system time of the process and its children (wall minus CPU is mostly waiting on the database); peak RSS is GNU time's `%M`, the largest resident set of the process and the children it waited for. The PostgreSQL server's time and memory are not counted for anyone.\n")
                .append("- \"× floor\" divides a row's median by the psql row's median from the same run. For the read-only cases the floor is `psql -c 'SELECT 1'`: starting a client, connecting, one query.\n")
                .append("- After each fresh upgrade the bench checks the catalog (tables, columns, indexes, foreign keys) against the workload, so every tool did the same work.\n")
                .append("- Workload: revision i creates `t<i>` (`id bigint primary key`, `name varchar(100) not null`, `created_at timestamptz default now()`, `prev_id bigint references` the previous table) and an index on `(name, created_at)`; every 10th revision instead adds a `varchar(50)` column to the table created 9 revisions earlier.\n")
                .append("- Alembic: ").append(results.notes().getOrDefault("alembic", "Debian's packages"))
                .append(", from `bench/setup`, run as `/usr/bin/alembic -c <database>.ini`, one process per command, on the same workload written as Alembic revision files ")
                .append("(`op.create_table`, `op.create_index`, `op.add_column`; each file's `down_revision` names the one before) with the `env.py` of Alembic's generic template. ")
                .append("Its one-transaction rows are Alembic's default: PostgreSQL has transactional DDL, so `with context.begin_transaction(): context.run_migrations()` is one transaction around every revision and its version-table update; ")
                .append("the per-migration rows set `transaction_per_migration=True` in `context.configure`, so each revision commits on its own and the outer block is empty. ")
                .append("Cold rows delete Python's `__pycache__` (beside `env.py` and in `versions/`) first; warm rows find the bytecode the previous run wrote; the other rows ran warm. ")
                .append("`alembic history` and `heads` read only the revision files.\n")
                .append("- Flyway and Liquibase run through their Java APIs (`io.retort.bench.FlywayMain`, `LiquibaseMain`) from the bench's class path; Liquibase's anonymous analytics are off (`liquibase.analytics.enabled=false`).\n");
        if (retortMeasured) {
            out.append("- Retort runs through the `./retort` launcher at the repository root (it was built before the run), on the JDK the launcher chose (the newest it finds; `retort --version` below names it, and the start-up cache it used; the Java line above is the bench's own JVM and the peers'). ")
                    .append("One transaction per migration is `transaction_per = \"migration\"` in `retort.toml`; the one-transaction rows use its default, `\"run\"`. ")
                    .append("What was on for Retort: revision cache — each row says cold (`.retort/` deleted first) or warm; ")
                    .append("lock — ").append(results.notes().getOrDefault("retort-lock", "not probed")).append("; ")
                    .append("version and history tables — ").append(Optional.ofNullable(results.bookkeeping().get(RETORT)).filter(t -> !t.isEmpty())
                            .map(t -> "`" + t + "`").orElse("none seen")).append("; ")
                    .append("launcher — ").append(results.notes().getOrDefault("retort-launcher", "not read")).append(".\n");
        } else {
            out.append("- Retort: **pending** — the `./retort` launcher did not exist when this ran, so its rows are missing.\n");
        }
        out.append("- Bookkeeping each tool keeps in the database (tables besides the workload's): ")
                .append(String.join("; ", results.bookkeeping().entrySet().stream()
                        .map(e -> e.getKey() + ": " + (e.getValue().isEmpty() ? "none" : "`" + e.getValue() + "`")).toList()))
                .append(".\n\n");
    }

    // ---- SmartEM ----

    private void smartem(StringBuilder out) {
        out.append("## SmartEM: its ").append(SmartemComparison.REVISIONS).append(" real revisions, Retort against Alembic\n\n");
        if (plan.smartemRuns() == 0) {
            out.append("Not run.\n\n");
            return;
        }
        out.append(fmt("Runs: %d. Retort runs a copy of `smartem/` (its `retort.toml`, with `transaction_per = \"run\"` and `version_table = \"alembic_version\"`, "
                        + "and `migrations/versions/`) with a `bench` environment added; Alembic runs the bench's port of the same revisions back to Python "
                        + "(`bench/src/main/resources/io/retort/bench/smartem/`: the same operations, ids and `down_revision`s), one transaction, "
                        + "as SmartEM ran them. Each tool does, in each run: an upgrade of an empty database to `%s` with its cache deleted first (Retort's `.retort/`, "
                        + "Python's `__pycache__`) and a warm `current`; then a warm upgrade of another empty database and a `current` with the cache deleted first. "
                        + "The floor replays a `pg_dump` of what Retort built with `psql -1 -f`. After every upgrade the bench compares the schema "
                        + "(columns, indexes, constraints, enum types, the seeded models, the version) with what an untimed first Retort upgrade built.\n\n",
                plan.smartemRuns(), SmartemComparison.TARGET));
        table(out, SmartemComparison.REVISIONS, Case.SMARTEM_UPGRADE);
        table(out, SmartemComparison.REVISIONS, Case.SMARTEM_CURRENT);
    }

    // ---- check ----

    static final String CHECK_HEADING = "## `check` against N tables";

    /**
     * The {@code check} comparison's section; {@code standalone} when it replaces the section of an
     * earlier report, so it names its own command, date, commit and machine.
     */
    String checkSection(boolean standalone) {
        int tables = plan.checkTables();
        StringBuilder out = new StringBuilder(CHECK_HEADING).append("\n\n");
        if (plan.checkRuns() == 0) {
            return out.append("Not run.\n\n").toString();
        }
        if (standalone) {
            out.append("Written by `bench/run").append(arguments.isEmpty() ? "" : " " + arguments).append("` on ")
                    .append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .append(fmt(" at commit `%s`, apart from the rest of this report, on %s, %d cores; load average %s.\n\n",
                            commit, machine.cpu(), machine.processors(), machine.load()));
        }
        out.append(fmt("One database holds %,d tables `c<i>` (`id bigint primary key`, `name varchar(100) not null` with an index, "
                        + "`quantity integer`, `active boolean not null`, `created_at timestamp`, `state` of the enum type `%s`, "
                        + "`prev_id bigint references` the table before, except in every tenth table: SQLAlchemy reflects referenced tables recursively, and a chain of 1,000 exceeds Python's recursion limit), created by `psql -1 -f create.sql`; both tools compare it with models that match it, "
                        + "in turns within each run:\n\n", tables, CheckWorkload.ENUM))
                .append("- Retort: `./retort check` with a `[model]` section listing the JPA entity sources (one class per table); Retort compiles them "
                        + "and keeps the classes in `.retort/cache/`; one untimed run fills the cache first, so the rows are warm.\n")
                .append("- Alembic: ").append(results.notes().getOrDefault("check-alembic", "not run"))
                .append(" (Debian's packages, from `bench/setup`): SQLAlchemy declarative models of the same tables and an `env.py` with `compare_type=True`. "
                        + "Alembic 1.8.1 has no `alembic check` (added in 1.9), so the row runs `alembic revision --autogenerate`, the same comparison "
                        + "followed by writing a revision file; the bench checks, untimed, that the file's `upgrade()` is `pass` (no difference found) and deletes it.\n\n");
        table(out, tables, Case.CHECK);
        Optional.ofNullable(results.notes().get("check-phases-" + tables)).ifPresent(phases -> out
                .append("The phases of one more run, `retort check -v` (untimed; the model is read while the database is inspected): ")
                .append(phases).append(".\n\n"));
        out.append("| Target | Measured | Met? |\n|---|---|---|\n");
        Optional<Results.Summary> retort = results.find(tables, Case.CHECK, RETORT, "retort check").flatMap(results::summary);
        Optional<Results.Summary> alembic = results.find(tables, Case.CHECK, CheckComparison.ALEMBIC, "alembic").flatMap(results::summary);
        String missing = retortMeasured ? "failed (see table)" : "pending";
        out.append(fmt("| `retort check` against %,d tables within 1.0 s wall | ", tables))
                .append(retort.map(r -> fmt("%.2f s | %s", r.medianWall(), r.medianWall() <= 1.0 ? "met" : "**missed**")).orElse(missing + " | —")).append(" |\n")
                .append("| At least 5× faster than Alembic (Alembic's median wall ÷ Retort's) | ")
                .append(retort.flatMap(r -> alembic.map(a -> a.medianWall() / r.medianWall()))
                        .map(x -> fmt("%.1f× | %s", x, x >= 5 ? "met" : "**missed**")).orElse(missing + " | —")).append(" |\n")
                .append("| Peak RSS of `retort check` within 128 MiB (largest run) | ")
                .append(retort.map(r -> fmt("%.0f MiB | %s", r.maxRssMiB(), r.maxRssMiB() <= 128 ? "met" : "**missed**")).orElse(missing + " | —")).append(" |\n")
                .append("| Catalog queries constant in the number of tables | asserted by a test (`CheckQueryCountTest`), not measured here | — |\n\n");
        return out.toString();
    }

    /** {@code report} with its check section (up to the next {@code ## } heading) replaced by {@code section}, or with it appended. */
    static String replaceCheckSection(String report, String section) {
        return replaceSection(report, CHECK_HEADING, section);
    }

    /** {@code report} with the section whose heading starts with {@code heading} replaced by {@code section}, or with it appended. */
    static String replaceSection(String report, String heading, String section) {
        int start = report.indexOf(heading);
        if (start < 0) {
            return report + (report.isEmpty() || report.endsWith("\n\n") ? "" : "\n") + section;
        }
        int end = report.indexOf("\n## ", start + heading.length());
        return report.substring(0, start) + section + (end < 0 ? "" : report.substring(end + 1));
    }

    /** The section of {@code report} whose heading starts with {@code heading}, up to the next {@code ## } heading. */
    static Optional<String> section(String report, String heading) {
        int start = report.indexOf(heading);
        if (start < 0) {
            return Optional.empty();
        }
        int end = report.indexOf("\n## ", start + heading.length());
        return Optional.of(end < 0 ? report.substring(start) : report.substring(start, end + 1));
    }

    // ---- targets ----

    private record TargetRow(String target, String measured, String status) {}

    private void targets(StringBuilder out) {
        out.append("## Targets (the team's goals, not assertions)\n\n| Target | Measured | Met? |\n|---|---|---|\n");
        for (TargetRow t : List.of(
                ratioTarget(1_000, Case.FRESH_UPGRADE_ONE_TRANSACTION, "cold", 1.5),
                ratioTarget(1_000, Case.FRESH_UPGRADE_ONE_TRANSACTION, "warm", 1.15),
                ratioTarget(1_000, Case.FRESH_UPGRADE, "warm", 1.15),
                ratioTarget(100, Case.FRESH_UPGRADE_ONE_TRANSACTION, "cold", 2.0),
                ratioTarget(100, Case.FRESH_UPGRADE_ONE_TRANSACTION, "warm", 2.0),
                ratioTarget(100, Case.FRESH_UPGRADE, "warm", 2.0),
                wallTarget(1_000, Case.NOOP_UPGRADE, "retort upgrade head", 0.25),
                wallTarget(1_000, Case.STATUS, "retort current", 0.25),
                ratioTarget(10_000, Case.FRESH_UPGRADE, "cold", 1.3),
                memoryTarget(1_000, 128),
                memoryTarget(10_000, 256),
                bulkTarget(1.3),
                aheadOfPeers())) {
            out.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ").append(t.status()).append(" |\n");
        }
        out.append('\n');
    }

    private TargetRow ratioTarget(int revisions, Case c, String cache, double limit) {
        String mode = c == Case.FRESH_UPGRADE ? "one transaction per migration" : "one transaction (Retort's default)";
        String target = fmt("Fresh upgrade of %,d revisions, %s, %s revision cache, within %.2f× the psql floor", revisions, mode, cache, limit);
        Optional<Double> ratio = results.find(revisions, c, RETORT, "retort upgrade head (" + cache)
                .flatMap(r -> ratio(r, c, Results.Summary::medianWall));
        return ratio.map(x -> new TargetRow(target, fmt("%.2f×", x), x <= limit ? "met" : "**missed**"))
                .orElseGet(() -> unmeasured(target, revisions));
    }

    private TargetRow wallTarget(int revisions, Case c, String label, double limit) {
        String target = fmt("`%s` at %,d revisions under %.2f s wall, JVM start included", label.substring("retort ".length()), revisions, limit);
        return results.find(revisions, c, RETORT, label).flatMap(results::summary)
                .map(s -> new TargetRow(target, fmt("%.2f s", s.medianWall()), s.medianWall() < limit ? "met" : "**missed**"))
                .orElseGet(() -> unmeasured(target, revisions));
    }

    private TargetRow memoryTarget(int revisions, int limitMiB) {
        String target = fmt("Peak RSS under %d MiB at %,d revisions (largest of Retort's commands)", limitMiB, revisions);
        Optional<Double> peak = results.rowsOf(revisions, RETORT).stream()
                .flatMap(r -> results.summary(r).stream()).map(Results.Summary::maxRssMiB).max(Double::compare);
        return peak.map(p -> new TargetRow(target, fmt("%.0f MiB", p), p < limitMiB ? "met" : "**missed**"))
                .orElseGet(() -> unmeasured(target, revisions));
    }

    private TargetRow bulkTarget(double limit) {
        String target = fmt("Bulk insert of the bulk section's rows, warm revision cache, within %.2f× `psql \\copy`", limit);
        return results.rows(0, Case.BULK_INSERT).stream()
                .filter(r -> r.contender().equals(RETORT) && r.label().contains("warm")).findFirst()
                .flatMap(r -> ratio(r, Case.BULK_INSERT, Results.Summary::medianWall))
                .map(x -> new TargetRow(target, fmt("%.2f×", x), x <= limit ? "met" : "**missed**"))
                .orElseGet(() -> new TargetRow(target, "not run", "—"));
    }

    /**
     * Retort against each peer (Alembic, Flyway, Liquibase) in every table where both ran: like for
     * like where the peer's row says cold or warm, else Retort's warm (or only) row; for the status
     * tables, whose commands differ, Retort's slowest against the peer's fastest.
     */
    private TargetRow aheadOfPeers() {
        String target = "On every row: ahead of Alembic, Flyway and Liquibase (median wall time)";
        List<String> behind = new ArrayList<>();
        int compared = 0;
        Map<String, List<Results.Row>> tables = new LinkedHashMap<>();
        for (Results.Row r : results.all()) {
            tables.computeIfAbsent(r.revisions() + "/" + r.c(), k -> new ArrayList<>()).add(r);
        }
        for (List<Results.Row> rows : tables.values()) {
            List<Results.Row> retort = rows.stream().filter(r -> r.contender().equals(RETORT)).toList();
            boolean status = rows.get(0).c() == Case.STATUS;
            for (Results.Row peer : rows) {
                if (peer.floor() || peer.contender().equals(RETORT) || peer.contender().equals("JDBC")) {
                    continue;
                }
                Optional<Double> theirs = results.summary(peer).map(Results.Summary::medianWall);
                String cache = cacheWord(peer.label());
                List<Results.Row> mine = retort.stream().filter(r -> cache != null && cache.equals(cacheWord(r.label()))).toList();
                if (mine.isEmpty()) {
                    mine = retort.stream().filter(r -> !"cold".equals(cacheWord(r.label()))).toList();
                }
                List<Double> walls = mine.stream().flatMap(r -> results.summary(r).stream()).map(Results.Summary::medianWall).toList();
                if (theirs.isEmpty() || walls.isEmpty()) {
                    continue;
                }
                double ours = status ? Collections.max(walls) : Collections.min(walls);
                compared++;
                if (ours > theirs.get()) {
                    behind.add(fmt("%s%s: Retort %.2f s, %s %.2f s", peer.revisions() == 0 ? "" : fmt("%,d revisions, ", peer.revisions()),
                            peer.c().title, ours, peer.contender() + " `" + peer.label() + "`", theirs.get()));
                }
            }
        }
        if (compared == 0) {
            return new TargetRow(target, "no peer ran", "—");
        }
        return behind.isEmpty() ? new TargetRow(target, "ahead in all " + compared + " comparisons", "met")
                : new TargetRow(target, "behind in " + behind.size() + " of " + compared + ": " + String.join("; ", behind), "**missed**");
    }

    private static String cacheWord(String label) {
        return label.contains("cold") ? "cold" : label.contains("warm") ? "warm" : null;
    }

    private TargetRow unmeasured(String target, int revisions) {
        if (!plan.runsBySize().containsKey(revisions)) {
            return new TargetRow(target, "not run" + (quick ? " (--quick)" : ""), "—");
        }
        return new TargetRow(target, retortMeasured ? "failed (see tables)" : "pending", "—");
    }

    // ---- tables ----

    private void table(StringBuilder out, int revisions, Case c) {
        List<Results.Row> rows = results.rows(revisions, c);
        out.append("### ").append(c.title).append("\n\n");
        if (rows.isEmpty()) {
            out.append(c == Case.FRESH_UPGRADE_ONE_TRANSACTION && revisions > plan.oneTransactionLimit()
                    ? "Not run: one transaction over this many revisions needs more locks than PostgreSQL's default `max_locks_per_transaction` (64) allows.\n\n"
                    : "Not measured.\n\n");
            return;
        }
        out.append("| Tool | Command | Runs | Wall median (s) | Wall min–max (s) | × floor | CPU median (s) | Peak RSS median (MiB) | RSS max (MiB) | RSS × floor |\n")
                .append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        if (!retortMeasured) {
            out.append("| Retort | | | pending | | | | | | |\n");
        }
        for (Results.Row row : rows) {
            out.append("| ").append(row.contender()).append(" | ").append(row.label().equals("—") ? "" : "`" + row.label() + "`").append(" | ");
            Optional<Results.Summary> summary = results.summary(row);
            Optional<String> why = results.failure(row).map(f -> "failed: " + f).or(() -> results.absence(row));
            if (summary.isEmpty()) {
                out.append(" | ").append(why.orElse("not measured")).append(" | | | | | | |\n");
                continue;
            }
            Results.Summary s = summary.get();
            out.append(s.runs()).append(" | ")
                    .append(fmt("%.2f", s.medianWall())).append(" | ")
                    .append(fmt("%.2f–%.2f", s.minWall(), s.maxWall())).append(" | ")
                    .append(row.floor() ? "1.00" : ratio(row, c, Results.Summary::medianWall).map(x -> fmt("%.2f", x)).orElse("")).append(" | ")
                    .append(fmt("%.2f", s.medianCpu())).append(" | ")
                    .append(fmt("%.0f", s.medianRssMiB())).append(" | ")
                    .append(fmt("%.0f", s.maxRssMiB())).append(" | ")
                    .append(row.floor() ? "1.0" : ratio(row, c, Results.Summary::medianRssMiB).map(x -> fmt("%.1f", x)).orElse(""))
                    .append(why.map(w -> " (" + w + ")").orElse("")).append(" |\n");
        }
        out.append('\n');
    }

    private Optional<Double> ratio(Results.Row row, Case c, Function<Results.Summary, Double> measure) {
        Optional<Results.Summary> floor = results.floor(row.revisions(), c).flatMap(results::summary);
        return results.summary(row).flatMap(s -> floor.map(f -> measure.apply(s) / measure.apply(f)));
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
