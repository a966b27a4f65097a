package io.retort.runtime;

import java.util.List;

/**
 * What {@code validate} found: applied revisions whose file changed or disappeared since they ran,
 * and the revisions whose checksum was recorded now because the database had none for them (a
 * database taken over from Python Alembic, or revisions only stamped).
 */
public record ChecksumReport(List<Problem> problems, List<String> recorded) {
    public ChecksumReport {
        problems = List.copyOf(problems);
        recorded = List.copyOf(recorded);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** One applied revision that no longer matches the database's record of it. */
    public record Problem(String revision, String origin, Kind kind) {
        /** One line for the user, naming the revision, its file and what to do. */
        public String describe() {
            return switch (kind) {
                case CHANGED -> "revision " + revision + " (" + origin + ") changed since it was applied;"
                        + " review the change, then 'retort repair " + revision + "'";
                case MISSING -> "revision " + revision + " is applied but its file is gone; restore the file";
                case UNKNOWN_ALGORITHM -> "revision " + revision + " was recorded with a checksum algorithm this Retort"
                        + " does not know; use the Retort that applied it, or 'retort repair " + revision + "'";
            };
        }
    }

    public enum Kind { CHANGED, MISSING, UNKNOWN_ALGORITHM }
}
