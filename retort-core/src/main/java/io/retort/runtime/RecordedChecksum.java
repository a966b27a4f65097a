package io.retort.runtime;

/**
 * A checksum as the history table records it: {@code v1:} and the SHA-256 of the revision's Java
 * tokens. The prefix names the normalisation, so a later one can be told apart from this one and
 * old rows are compared with the algorithm they were made with, never reported as changed.
 */
final class RecordedChecksum {
    static final String V1 = "v1:";

    private RecordedChecksum() {}

    /** The recorded form of a source checksum, or null when the source's is unknown (empty). */
    static String of(String sourceChecksum) {
        return sourceChecksum == null || sourceChecksum.isEmpty() ? null : V1 + sourceChecksum;
    }

    /** Whether {@code recorded} was made with an algorithm this Retort knows; rows before the prefix are v1. */
    static boolean known(String recorded) {
        return recorded.startsWith(V1) || !recorded.contains(":");
    }

    /** Whether the revision as it is now ({@code current}, as {@link #of}) matches what was recorded. */
    static boolean matches(String recorded, String current) {
        String bare = recorded.startsWith(V1) ? recorded.substring(V1.length()) : recorded;
        return current.equals(V1 + bare);
    }
}
