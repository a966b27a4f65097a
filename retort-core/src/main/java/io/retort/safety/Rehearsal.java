package io.retort.safety;

import io.retort.RetortException;
import io.retort.graph.MigrationPlan;
import io.retort.graph.MigrationStep;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code retort rehearse}: copies the database with pg_dump and pg_restore into a scratch database
 * (never {@code CREATE DATABASE ... TEMPLATE}, which needs the original without connections), runs
 * the pending upgrade there one revision at a time, watching each one's time, locks and row
 * counts, and drops the copy, also when a revision fails. The original is only read.
 */
public final class Rehearsal {
    private Rehearsal() {}

    /**
     * Rehearses the upgrade of {@code engine}'s database to {@code target} on a copy made on the same
     * server, or on {@code scratchServer} (any database of another server, to connect to while
     * creating the copy there). Tables named in {@code bookkeeping} (the version and history tables),
     * which every revision writes, are left out of the locks and row counts, with their indexes and sequences.
     */
    public static RehearsalReport rehearse(MigrationEngine engine, String target, Optional<RunSettings.Database> scratchServer,
                                           Backups backups, List<String> bookkeeping) {
        Predicate<String> ours = relation -> {
            String name = relation.substring(relation.indexOf('.') + 1).replace("\"", "");
            return bookkeeping.stream().anyMatch(t -> name.equals(t) || name.startsWith(t + "_"));
        };
        MigrationPlan plan = engine.graph().upgrade(engine.current(), target);
        List<MigrationStep> steps = plan.steps().stream().filter(s -> !s.stamp()).toList();
        String copiedFrom = engine.describeDatabase();
        if (steps.isEmpty()) {
            return new RehearsalReport(copiedFrom, List.of(), Optional.empty());
        }
        MigrationEngine server = scratchServer.map(engine::on).orElse(engine);
        Path dump = null;
        try (ScratchDatabase copy = ScratchDatabase.create(server, "rehearse")) {
            dump = Files.createTempFile("retort-rehearse-", ".dump");
            CommitLocks locks = new CommitLocks(ours);
            MigrationEngine scratch = engine.on(copy.database(), locks::wrap);
            backups.copy(engine, scratch, dump);
            return run(copiedFrom, scratch, steps, locks, ours);
        } catch (IOException e) {
            throw new RetortException("rehearse could not make a temporary file for the copy: " + e.getMessage(), e);
        } finally {
            if (dump != null) {
                dump.toFile().delete();
            }
        }
    }

    private static RehearsalReport run(String copiedFrom, MigrationEngine scratch, List<MigrationStep> steps, CommitLocks locks,
                                       Predicate<String> bookkeeping) {
        List<RehearsalReport.Step> done = new ArrayList<>();
        Map<String, Long> rows = count(scratch, bookkeeping);
        for (MigrationStep step : steps) {
            String id = step.revision().id();
            long started = System.nanoTime();
            Optional<String> failure = Optional.empty();
            try {
                scratch.upgrade(id);
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                failure = Optional.of("revision " + id + ": " + message.lines().findFirst().orElse(message));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Map<String, Long> after = failure.isPresent() ? rows : count(scratch, bookkeeping);
            done.add(new RehearsalReport.Step(id, step.describe(), took, locks.drainOutsideTransaction(), locks.drain(),
                    rows, after, failure.isPresent()));
            if (failure.isPresent()) {
                return new RehearsalReport(copiedFrom, done, failure);
            }
            rows = after;
        }
        return new RehearsalReport(copiedFrom, done, Optional.empty());
    }

    private static Map<String, Long> count(MigrationEngine scratch, Predicate<String> bookkeeping) {
        try (Connection c = scratch.connect()) {
            Map<String, Long> counts = new TreeMap<>(RowCounts.take(c));
            counts.keySet().removeIf(bookkeeping);
            return counts;
        } catch (SQLException e) {
            throw new RetortException("rehearse could not close a connection to the copy: " + e.getMessage(), e);
        }
    }
}
