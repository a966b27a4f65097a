package io.retort.safety;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code retort rehearse} saw running the pending upgrade on a copy of the database, one
 * revision at a time; the copy is gone when this exists.
 *
 * @param copiedFrom the database copied, for messages
 * @param steps the revisions run, in order, the failed one last
 * @param failure the first failure's message; empty when every revision ran
 */
public record RehearsalReport(String copiedFrom, List<Step> steps, Optional<String> failure) {
    public RehearsalReport {
        Objects.requireNonNull(copiedFrom, "copiedFrom");
        steps = List.copyOf(steps);
        Objects.requireNonNull(failure, "failure");
    }

    public boolean passed() {
        return failure.isEmpty();
    }

    /** A lock a migration's transaction held when it committed: {@code AccessExclusiveLock} on {@code public.grid}. */
    public record Lock(String relation, String mode) {
        public String describe() {
            return mode + " on " + relation;
        }
    }

    /**
     * One revision on the copy.
     *
     * @param description its {@code Running upgrade A -> B, message} line
     * @param duration how long its upgrade took, lock and commit included
     * @param outsideTransaction whether it ran (in part) outside a transaction, whose locks no commit shows
     * @param locks the locks its transaction held at commit
     * @param rowsBefore each table's row count before it ran ({@code schema.table}, or {@code table} in public)
     * @param rowsAfter the same after it ran (before, when it failed)
     * @param failed whether it failed
     */
    public record Step(String revision, String description, Duration duration, boolean outsideTransaction, List<Lock> locks,
                       Map<String, Long> rowsBefore, Map<String, Long> rowsAfter, boolean failed) {
        public Step {
            locks = List.copyOf(locks);
            rowsBefore = Map.copyOf(rowsBefore);
            rowsAfter = Map.copyOf(rowsAfter);
        }

        /** The tables whose row count changed, made or dropped: {@code grid: 10 -> 12}, {@code new_t: - -> 0}. */
        public List<String> rowChanges() {
            List<String> out = new ArrayList<>();
            for (String table : new TreeSet<>(union())) {
                Long before = rowsBefore.get(table);
                Long after = rowsAfter.get(table);
                if (!Objects.equals(before, after)) {
                    out.add(table + ": " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
                }
            }
            return out;
        }

        public long totalRowsBefore() {
            return rowsBefore.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totalRowsAfter() {
            return rowsAfter.values().stream().mapToLong(Long::longValue).sum();
        }

        private List<String> union() {
            List<String> all = new ArrayList<>(rowsBefore.keySet());
            all.addAll(rowsAfter.keySet());
            return all;
        }
    }
}
