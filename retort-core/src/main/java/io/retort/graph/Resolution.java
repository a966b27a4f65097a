package io.retort.graph;

import java.util.List;

/**
 * What a target names.
 *
 * @param ids    the revisions named; empty for base, or for {@code head} of an empty graph
 * @param base   true when the target is base ({@code base}, {@code label@base}, or a walk down to it)
 * @param branch the revision a {@code label@} or {@code rev@} prefix stands for, or null
 * @param anchor for a relative step down, the revision walked from; a downgrade then only removes
 *               revisions below it
 */
record Resolution(List<String> ids, boolean base, String branch, String anchor) {
    Resolution {
        ids = List.copyOf(ids);
    }
}
