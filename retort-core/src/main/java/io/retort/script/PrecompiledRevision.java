package io.retort.script;

import java.util.Objects;

/**
 * A revision compiled ahead of time and listed in a {@code META-INF/retort/revisions.idx} index by
 * {@code io.retort.script.index.RevisionIndexProcessor}.
 *
 * @param className the fully qualified class name
 * @param header    the {@code @Revision} values, as the compiler saw them
 * @param checksum  the source's token checksum (as {@link RevisionSource#checksum()}), or empty
 * @param index     the index resource that lists it
 */
public record PrecompiledRevision(String className, RevisionHeader header, String checksum, String index)
        implements RevisionScript {

    public PrecompiledRevision {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(header, "header");
        checksum = Objects.requireNonNullElse(checksum, "");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public String origin() {
        return className + " (" + index + ")";
    }
}
