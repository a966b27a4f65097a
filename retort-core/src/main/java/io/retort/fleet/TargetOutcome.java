package io.retort.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a fleet run did to one target.
 *
 * @param from the version table's rows before; {@code to} after (unchanged when the target failed)
 * @param error the one-line reason a target failed; empty otherwise
 */
public record TargetOutcome(String target, Result result, List<String> from, List<String> to, Duration duration,
                            String error) {
    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(error, "error");
    }

    /** How a target ended. */
    public enum Result {
        /** The command ran and changed the target. */
        DONE,
        /** The target was there already: its version table was read, nothing more. */
        UNCHANGED,
        /** The command failed; the target stays where its transaction left it. */
        FAILED,
        /** Not started: a canary or too many targets failed first. */
        NOT_STARTED;

        /** The ledger's spelling. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    static String revisions(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(",", rows);
    }

    /** The line printed as the target finishes: name, from → to and duration, or the error. */
    String describe() {
        String time = String.format(java.util.Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
        return switch (result) {
            case DONE -> target + ": " + revisions(from) + " -> " + revisions(to) + " in " + time;
            case UNCHANGED -> target + ": at " + revisions(to) + ", nothing to do";
            case FAILED -> target + ": FAILED after " + time + " at " + revisions(from) + ": " + error;
            case NOT_STARTED -> target + ": not started";
        };
    }
}
