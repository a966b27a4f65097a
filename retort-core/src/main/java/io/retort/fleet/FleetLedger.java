package io.retort.fleet;

import java.util.Map;
import java.util.Optional;

/**
 * Where fleet runs are recorded: each run's start and end, and each target's outcome, so that a
 * rerun after a crash or a kill knows the last run did not finish, and {@code fleet status} shows
 * each target's last outcome. The targets' own {@code retort_history} tables record every revision.
 */
public interface FleetLedger extends AutoCloseable {
    /** Records that a run began; returns the run it resumes (the last one, when it never finished). */
    Optional<String> begin(String runId, String command, int targets);

    void record(String runId, TargetOutcome outcome);

    void end(String runId, int failed);

    /** Each target's last recorded outcome that was not "not started", by target name. */
    Map<String, TargetOutcome> lastOutcomes();

    /** Lets go of the ledger's connection, if it has one. */
    @Override
    default void close() {}
}
