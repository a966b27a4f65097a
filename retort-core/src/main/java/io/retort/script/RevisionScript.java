package io.retort.script;

/**
 * A revision Retort knows without having compiled or loaded it: its header, the class that holds
 * its code and where it came from. A {@link RevisionSource} is a file in a versions folder; a
 * {@link PrecompiledRevision} is a class listed in a {@code META-INF/retort/revisions.idx} index on
 * the classpath.
 */
public sealed interface RevisionScript permits RevisionSource, PrecompiledRevision {
    /** The header values. */
    RevisionHeader header();

    /** The fully qualified name of the revision's class. */
    String className();

    /**
     * SHA-256 (hex) of the source's tokens, blind to whitespace and comments; empty when unknown
     * (a precompiled revision built by a compiler that does not expose its sources).
     */
    String checksum();

    /** Where the revision came from, for messages: a file path or a class name with its index. */
    String origin();

    /** The revision id. */
    default String id() {
        return header().id();
    }
}
