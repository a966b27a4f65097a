package io.retort.fleet;

import io.retort.RetortException;

/**
 * One of {@code count} parts of a fleet: the targets whose stable hash mod {@code count} is
 * {@code index}. M machines given {@code 0/M} ... {@code M-1/M} (a Kubernetes Indexed Job's pods,
 * with {@code JOB_COMPLETION_INDEX}) share a fleet with no coordinator and no overlap.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new RetortException("--shard " + index + "/" + count + " is not a shard: give i/M with 0 <= i < M,"
                    + " such as 0/3, 1/3 and 2/3");
        }
    }

    /** Reads {@code i/M}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,6}")) {
            throw new RetortException("--shard '" + text + "' is not a shard: give i/M, such as 0/3"
                    + " (in a Kubernetes Indexed Job, $(JOB_COMPLETION_INDEX)/M)");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean contains(FleetTarget target) {
        return target.stableHash() % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
