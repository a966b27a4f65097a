package io.retort.fleet;

import io.retort.RetortException;
import java.util.Objects;
import java.util.Optional;

/**
 * How a fleet command runs.
 *
 * @param parallel how many targets run at once, each on its own connection
 * @param shard the part of the fleet this process takes; empty for all of it
 * @param canary how many targets run first; a failure among them stops the run
 * @param maxFailures how many failed targets the run tolerates: one more and it starts no new target
 */
public record FleetOptions(int parallel, Optional<Shard> shard, int canary, int maxFailures) {
    public FleetOptions {
        Objects.requireNonNull(shard, "shard");
        if (parallel < 1) {
            throw new RetortException("--parallel " + parallel + ": give 1 or more targets at once");
        }
        if (canary < 0 || maxFailures < 0) {
            throw new RetortException("--canary and --max-failures take 0 or more, not " + Math.min(canary, maxFailures));
        }
    }

    /** One target at a time, the whole fleet, no canary, stopping at the first failure. */
    public static FleetOptions serial() {
        return new FleetOptions(1, Optional.empty(), 0, 0);
    }
}
