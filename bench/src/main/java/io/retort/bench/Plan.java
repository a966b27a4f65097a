package io.retort.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a benchmark run measures: the workload sizes with their number of runs, and the
 * bulk load. One-transaction upgrades stop at {@code oneTransactionLimit} revisions: above it a
 * single transaction needs more locks than PostgreSQL's default {@code max_locks_per_transaction}.
 * The {@code check} comparison runs {@code checkRuns} times against {@code checkTables} tables, the
 * SmartEM comparison {@code smartemRuns} times.
 */
record Plan(Map<Integer, Integer> runsBySize, int bulkRows, int bulkRuns, int oneTransactionLimit, int checkTables, int checkRuns,
            int smartemRuns) {

    Plan {
        runsBySize = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runsBySize));
    }

    /** The full run: about 35 minutes on 2 cores. */
    static Plan full() {
        return new Plan(sizes(100, 5, 1_000, 3, 10_000, 1), 1_000_000, 3, 1_000, 1_000, 5, 5);
    }

    /** N = 100 and 1,000 with fewer runs: the developer's check before and after a change. */
    static Plan quick() {
        return new Plan(sizes(100, 3, 1_000, 1), 1_000_000, 1, 1_000, 1_000, 3, 3);
    }

    /** This plan's {@code check} comparison alone: no revision workloads, no bulk load, no SmartEM. */
    Plan checkOnly() {
        return new Plan(Map.of(), bulkRows, 0, oneTransactionLimit, checkTables, checkRuns, 0);
    }

    private static Map<Integer, Integer> sizes(int... sizeThenRuns) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < sizeThenRuns.length; i += 2) {
            out.put(sizeThenRuns[i], sizeThenRuns[i + 1]);
        }
        return out;
    }
}
