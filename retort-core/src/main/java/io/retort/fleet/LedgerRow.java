package io.retort.fleet;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** How a ledger spells a target's outcome in text columns: revisions joined by commas, base as empty. */
final class LedgerRow {
    private LedgerRow() {}

    static String revisions(List<String> rows) {
        return String.join(",", rows);
    }

    static List<String> revisions(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    static TargetOutcome outcome(String target, String result, String from, String to, long millis, String error) {
        return new TargetOutcome(target, TargetOutcome.Result.valueOf(result), revisions(from), revisions(to),
                Duration.ofMillis(millis), error == null ? "" : error);
    }
}
