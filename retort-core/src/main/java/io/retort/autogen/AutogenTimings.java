package io.retort.autogen;

import java.time.Duration;
import java.util.Locale;

/**
 * How long each phase of a comparison took, for {@code -v}.
 *
 * @param replay running the revisions into a scratch database ({@code --from-revisions}), else zero
 * @param inspect reading the database's catalog
 * @param read reading the entity model (compiling its sources when the model cache is cold)
 * @param diff normalising both schemas and comparing them
 */
public record AutogenTimings(Duration replay, Duration inspect, Duration read, Duration diff) {

    /** {@code timing: inspect 0.05 s, read 0.31 s, diff 0.01 s}, with the replay first when there was one. */
    public String line() {
        String replayed = replay.isZero() ? "" : seconds("replay", replay) + ", ";
        return "timing: " + replayed + seconds("inspect", inspect) + ", " + seconds("read", read) + ", " + seconds("diff", diff);
    }

    private static String seconds(String phase, Duration d) {
        return String.format(Locale.ROOT, "%s %.3f s", phase, d.toNanos() / 1e9);
    }
}
