package io.retort.safety;

import java.util.List;

/**
 * What {@code verify} found on its scratch database.
 *
 * @param revisions how many revisions the stairway walked
 * @param failures one per problem; empty when everything passed
 */
public record VerifyReport(int revisions, List<Failure> failures) {
    public VerifyReport {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** One problem: the revision, the direction (or the check), and the schema difference or error. */
    public record Failure(String revision, String direction, String difference) {
        public String describe() {
            return "revision " + revision + ", " + direction + ": " + difference;
        }
    }
}
