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

    /** A new revision on the current head with {@code message}, a random id and nothing else set. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, "head", false, List.of(), List.of(), null, List.of());
    }

    /** A merge of {@code revisions} ({@code heads} for all of them) with {@code message}. */
    public static RevisionRequest merge(String message, List<String> revisions) {
        return new RevisionRequest(message, null, null, false, List.of(), List.of(), null, revisions);
    }

    /** The same, with the id {@code id} instead of a random one (null: random). */
    public RevisionRequest withRevId(String id) {
        return new RevisionRequest(message, id, head, splice, branchLabels, dependsOn, versionPath, mergeOf);
    }

    /** The same, built on {@code revision}; {@code splice} allows one that is not a head. */
    public RevisionRequest onto(String revision, boolean splicing) {
        return new RevisionRequest(message, revId, revision, splicing, branchLabels, dependsOn, versionPath, mergeOf);
    }

    /** The same, carrying {@code labels}. */
    public RevisionRequest withBranchLabels(List<String> labels) {
        return new RevisionRequest(message, revId, head, splice, labels, dependsOn, versionPath, mergeOf);
    }

    /** The same, depending on {@code revisions}. */
    public RevisionRequest withDependsOn(List<String> revisions) {
        return new RevisionRequest(message, revId, head, splice, branchLabels, revisions, versionPath, mergeOf);
    }

    /** The same, written into {@code folder} (null: the parent's folder). */
    public RevisionRequest inFolder(Path folder) {
        return new RevisionRequest(message, revId, head, splice, branchLabels, dependsOn, folder, mergeOf);
    }
}
