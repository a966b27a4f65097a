package io.retort.graph;

import java.util.List;

/**
 * The steps that take the version table from {@code headsBefore} to {@code headsAfter}; applying
 * every step's {@link VersionChange} to {@code headsBefore} gives {@code headsAfter}.
 */
public record MigrationPlan(List<MigrationStep> steps, List<String> headsBefore, List<String> headsAfter) {

    public MigrationPlan {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    /** True when nothing is to be done. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The ids of the revisions the steps run, in order. */
    public List<String> revisionIds() {
        return steps.stream().map(step -> step.revision() == null ? "" : step.revision().id()).toList();
    }
}
