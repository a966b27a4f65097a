package io.retort.script.authoring;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code retort revision} and {@code retort merge} ask for.
 *
 * @param message what the revision does
 * @param revId the id to use, or null for 12 random hex digits
 * @param head the revision to build on ({@code head} by default, {@code base} for a new root,
 *     {@code label@head} for a branch); ignored for a merge
 * @param splice allow a {@code head} that is not a head, starting a branch
 * @param branchLabels labels for the new revision
 * @param dependsOn revisions the new one depends on
 * @param versionPath the folder to write to, or null for the parent's folder
 * @param mergeOf for a merge, the revisions to merge ({@code heads} for all); empty otherwise
 */
public record RevisionRequest(
        String message,
        String revId,
        String head,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        Path versionPath,
        List<String> mergeOf) {

    public RevisionRequest {
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        mergeOf = List.copyOf(mergeOf);
    }
}
