package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final Machine MACHINE = new Machine(2, "23.5 GiB", "Xeon", "Linux", "PostgreSQL 15", "OpenJDK 17", "0.5 / 0.7");
    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 30, 9, 45, 0, 0, ZoneOffset.UTC);
    private static final Plan PLAN = new Plan(Map.of(1_000, 2), 1_000_000, 1, 1_000, 1_000, 2, 1);

    private static Results results() {
        Results results = new Results();
        Results.Row psql = new Results.Row(1_000, Case.FRESH_UPGRADE, "psql (floor)", "psql -f upgrade_per_migration.sql", true);
        Results.Row retort = new Results.Row(1_000, Case.FRESH_UPGRADE, "Retort", "retort upgrade head (warm revision cache)", false);
        results.add(psql, new Measurement(2.0, 1.0, 10 * 1024));
        results.add(psql, new Measurement(4.0, 1.0, 10 * 1024));
        results.add(retort, new Measurement(3.0, 1.0, 100 * 1024));
        results.add(retort, new Measurement(3.4, 1.0, 140 * 1024));
        results.add(new Results.Row(1_000, Case.STATUS, "Retort", "retort current", false), new Measurement(0.2, 1.0, 50 * 1024));
        results.absent(new Results.Row(1_000, Case.DOWNGRADE_BASE, "Flyway 13.12.1", "—", false), "no undo");
        return results;
    }

    @Test
    void tablesShowMedianRangeAndRatioToTheFloorOfTheSameRun() {
        String md = new Report(results(), PLAN, false, "", MACHINE, DATE, java.time.Duration.ofMinutes(21), "abc1234", true, List.of("- nothing")).markdown();

        assertThat(md).contains("| psql (floor) | `psql -f upgrade_per_migration.sql` | 2 | 3.00 | 2.00–4.00 | 1.00 | 1.00 | 10 | 10 | 1.0 |")
                .contains("| Retort | `retort upgrade head (warm revision cache)` | 2 | 3.20 | 3.00–3.40 | 1.07 | 1.00 | 120 | 140 | 12.0 |")
                .contains("| Flyway 13.12.1 |  |  | no undo |")
                .contains("2026-11-30 09:45 UTC (it took 21 min) at commit `abc1234`", "Xeon, 2 cores", "- nothing");
    }

    @Test
    void targetsSayMetMissedOrNotRun() {
        String md = new Report(results(), PLAN, true, "--quick", MACHINE, DATE, java.time.Duration.ofMinutes(21), "abc1234", true, List.of()).markdown();

        assertThat(md).contains("one transaction per migration, warm revision cache, within 1.15× the psql floor | 1.07× | met |")
                .contains("`current` at 1,000 revisions under 0.25 s wall, JVM start included | 0.20 s | met |")
                .contains("Peak RSS under 128 MiB at 1,000 revisions (largest of Retort's commands) | 140 MiB | **missed** |")
                .contains("Peak RSS under 256 MiB at 10,000 revisions (largest of Retort's commands) | not run (--quick) | — |");
    }

    @Test
    void theBulkAndPeerTargetsCompareLikeWithLike() {
        Results results = results();
        results.add(new Results.Row(0, Case.BULK_INSERT, "psql (floor)", "psql \\copy", true), new Measurement(1.0, 0.1, 9 * 1024));
        results.add(new Results.Row(0, Case.BULK_INSERT, "Retort", "retort upgrade head: cold revision cache", false), new Measurement(2.0, 1.0, 99 * 1024));
        results.add(new Results.Row(0, Case.BULK_INSERT, "Retort", "retort upgrade head: warm revision cache", false), new Measurement(1.2, 1.0, 99 * 1024));
        results.add(new Results.Row(0, Case.BULK_INSERT, "JDBC", "batches", false), new Measurement(0.5, 1.0, 99 * 1024));
        // Alembic's cold row is compared with Retort's cold one, its warm row with Retort's warm one.
        results.add(new Results.Row(1_000, Case.FRESH_UPGRADE, "Alembic 1.8.1", "alembic upgrade head (warm __pycache__)", false),
                new Measurement(3.1, 1.0, 60 * 1024));
        results.add(new Results.Row(1_000, Case.STATUS, "Retort", "retort heads", false), new Measurement(0.1, 1.0, 50 * 1024));
        results.add(new Results.Row(1_000, Case.STATUS, "Liquibase 4.33.0", "liquibase history", false), new Measurement(0.15, 1.0, 90 * 1024));

        String md = new Report(results, PLAN, false, "", MACHINE, DATE, java.time.Duration.ofMinutes(21), "abc1234", true, List.of()).markdown();

        assertThat(md).contains("warm revision cache, within 1.30× `psql \\copy` | 1.20× | met |")
                .contains("| On every row: ahead of Alembic, Flyway and Liquibase (median wall time) | behind in 2 of 2: "
                        + "1,000 revisions, Fresh upgrade to head, one transaction per migration: Retort 3.20 s, Alembic 1.8.1 "
                        + "`alembic upgrade head (warm __pycache__)` 3.10 s; 1,000 revisions, Status at head")
                .contains("Retort 0.20 s, Liquibase 4.33.0 `liquibase history` 0.15 s | **missed** |");
    }

    @Test
    void theSmartemSectionComparesRetortWithAlembicAndTheMethodSaysWhatRetortHadOn() {
        Results results = results();
        results.add(new Results.Row(SmartemComparison.REVISIONS, Case.SMARTEM_UPGRADE, "psql (floor)", "psql -1 -f smartem.sql", true),
                new Measurement(0.2, 0.02, 9 * 1024));
        results.add(new Results.Row(SmartemComparison.REVISIONS, Case.SMARTEM_UPGRADE, "Retort", "retort upgrade c4d5e6f7a8b9 (cold: no revision cache)", false),
                new Measurement(1.0, 1.5, 90 * 1024));
        results.add(new Results.Row(SmartemComparison.REVISIONS, Case.SMARTEM_UPGRADE, "Alembic 1.8.1", "alembic upgrade c4d5e6f7a8b9 (cold: no __pycache__)", false),
                new Measurement(0.8, 0.6, 50 * 1024));
        results.note("retort-launcher", "`java -XX:+UseSerialGC -jar retort-cli.jar`; AppCDS archives after the run: `retort.jsa`");
        results.note("retort-lock", "held an advisory lock");
        results.bookkeeping("Retort", "public.alembic_version, public.retort_history");

        String md = new Report(results, PLAN, false, "", MACHINE, DATE, java.time.Duration.ofMinutes(21), "abc1234", true, List.of()).markdown();

        assertThat(md).contains("## SmartEM: its 9 real revisions, Retort against Alembic\n\nRuns: 1.")
                .contains("### SmartEM: upgrade from an empty database to c4d5e6f7a8b9, one transaction")
                .contains("| Retort | `retort upgrade c4d5e6f7a8b9 (cold: no revision cache)` | 1 | 1.00 | 1.00–1.00 | 5.00 |")
                .contains("| Alembic 1.8.1 | `alembic upgrade c4d5e6f7a8b9 (cold: no __pycache__)` | 1 | 0.80 | 0.80–0.80 | 4.00 |")
                .contains("revision cache — each row says cold (`.retort/` deleted first) or warm; lock — held an advisory lock; "
                        + "version and history tables — `public.alembic_version, public.retort_history`; "
                        + "launcher — `java -XX:+UseSerialGC -jar retort-cli.jar`; AppCDS archives after the run: `retort.jsa`.")
                .contains("on the JDK the launcher chose");
    }

    @Test
    void retortRowsArePendingWithoutTheLauncher() {
        String md = new Report(new Results(), PLAN, false, "", MACHINE, DATE, java.time.Duration.ofMinutes(21), "abc1234", false, List.of()).markdown();

        assertThat(md).contains("Retort: **pending**").contains("| pending | — |");
    }

    @Test
    void theCheckSectionComparesRetortWithAlembicAndReplacesItselfInAnEarlierReport() {
        Results results = new Results();
        results.add(new Results.Row(1_000, Case.CHECK, "psql (floor)", "psql -c 'SELECT 1'", true), new Measurement(0.05, 0.02, 9 * 1024));
        results.add(new Results.Row(1_000, Case.CHECK, "Retort", "retort check (warm model cache)", false), new Measurement(0.8, 1.0, 100 * 1024));
        results.add(new Results.Row(1_000, Case.CHECK, "Alembic", "alembic revision --autogenerate", false), new Measurement(10.0, 7.0, 150 * 1024));
        String section = new Report(results, PLAN.checkOnly(), false, "--check-only", MACHINE, DATE, java.time.Duration.ofMinutes(1), "abc1234", true, List.of())
                .checkSection(true);

        assertThat(section).startsWith(Report.CHECK_HEADING).contains("`bench/run --check-only` on 2026-11-30 09:45 UTC at commit `abc1234`")
                .contains("| `retort check` against 1,000 tables within 1.0 s wall | 0.80 s | met |")
                .contains("| At least 5× faster than Alembic (Alembic's median wall ÷ Retort's) | 12.5× | met |")
                .contains("| Peak RSS of `retort check` within 128 MiB (largest run) | 100 MiB | met |");
        assertThat(Report.replaceCheckSection("# R\n\n" + Report.CHECK_HEADING + "\n\nold\n\n## Where the time goes\n\nx\n", section))
                .isEqualTo("# R\n\n" + section + "## Where the time goes\n\nx\n");
    }
}
