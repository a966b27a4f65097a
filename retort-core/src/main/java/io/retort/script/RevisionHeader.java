package io.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * The values of a revision's {@link io.retort.Revision @Revision} header.
 *
 * @param id            the revision id
 * @param downRevisions the parents: none for a base, several for a merge
 * @param branchLabels  branch labels this revision starts or carries
 * @param dependsOn     revisions or branch labels that must be applied first
 * @param message       what the revision does ({@code ""} when not given)
 * @param created       when it was created, as written ({@code ""} when not given)
 * @param transactional false when the revision must run outside a transaction
 */
public record RevisionHeader(
        String id,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        boolean transactional) {

    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = Objects.requireNonNullElse(message, "");
        created = Objects.requireNonNullElse(created, "");
    }
}
