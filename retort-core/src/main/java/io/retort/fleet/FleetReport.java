package io.retort.fleet;

import java.util.List;
import java.util.Optional;

/**
 * A finished fleet run: every target's outcome, in fleet order.
 *
 * @param resumed the earlier run this one finished, when that run stopped before its end (killed or crashed)
 */
public record FleetReport(String runId, String command, List<TargetOutcome> outcomes, Optional<String> resumed) {
    public FleetReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<TargetOutcome> failed() {
        return with(TargetOutcome.Result.FAILED);
    }

    public List<TargetOutcome> with(TargetOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).toList();
    }

    /** The last line of the run: counts and, when targets failed, their names. */
    public String summary() {
        String counts = command + ": " + outcomes.size() + " target(s): " + with(TargetOutcome.Result.DONE).size()
                + " done, " + with(TargetOutcome.Result.UNCHANGED).size() + " already there, " + failed().size()
                + " failed, " + with(TargetOutcome.Result.NOT_STARTED).size() + " not started (run " + runId + ")";
        return failed().isEmpty() ? counts
                : counts + "; failed: " + String.join(", ", failed().stream().map(TargetOutcome::target).toList());
    }
}
