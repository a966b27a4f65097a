package io.retort.script.authoring;

import io.retort.RetortException;
import io.retort.script.RevisionIds;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What {@link RevisionWriter} writes: a header, an optional package and optional generated code.
 *
 * @param id           the new revision's id (see {@link RevisionIds})
 * @param down         its parents
 * @param branchLabels its branch labels
 * @param dependsOn    revisions or labels it depends on
 * @param message      what it does
 * @param created      when it was made (kept to the second)
 * @param packageName  the package of its class, or empty for none
 * @param upgrades     upgrade code lines (from autogenerate), or empty
 * @param downgrades   downgrade code lines, or empty
 * @param imports      extra import declarations the code needs ({@code "import x.Y;"})
 */
public record NewRevision(
        String id,
        List<String> down,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        LocalDateTime created,
        String packageName,
        String upgrades,
        String downgrades,
        List<String> imports) {

    public NewRevision {
        RevisionIds.requireValid(id);
        down = checked("down revision", down);
        branchLabels = checked("branch label", branchLabels);
        dependsOn = checked("depends-on revision", dependsOn);
        message = Objects.requireNonNullElse(message, "");
        created = created.truncatedTo(ChronoUnit.SECONDS);
        packageName = Objects.requireNonNullElse(packageName, "");
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new RetortException("'" + packageName + "' is not a Java package name");
        }
        upgrades = Objects.requireNonNullElse(upgrades, "");
        downgrades = Objects.requireNonNullElse(downgrades, "");
        imports = List.copyOf(imports);
    }

    /** A revision with an empty body, no labels, no dependencies and no package. */
    public static NewRevision of(String id, List<String> down, String message, LocalDateTime created) {
        return new NewRevision(id, down, List.of(), List.of(), message, created, "", "", "", List.of());
    }

    public NewRevision withBranchLabels(List<String> labels) {
        return new NewRevision(id, down, labels, dependsOn, message, created, packageName, upgrades, downgrades, imports);
    }

    public NewRevision withDependsOn(List<String> revisions) {
        return new NewRevision(id, down, branchLabels, revisions, message, created, packageName, upgrades, downgrades, imports);
    }

    public NewRevision withPackage(String name) {
        return new NewRevision(id, down, branchLabels, dependsOn, message, created, name, upgrades, downgrades, imports);
    }

    /** With generated code: the lines of each method body, unindented, and the imports they need. */
    public NewRevision withBody(String upgradeCode, String downgradeCode, List<String> importLines) {
        return new NewRevision(id, down, branchLabels, dependsOn, message, created, packageName, upgradeCode, downgradeCode, importLines);
    }

    private static List<String> checked(String what, List<String> ids) {
        for (String id : ids) {
            if (!RevisionIds.isValid(id)) {
                throw new RetortException(RevisionIds.problem(what, id));
            }
        }
        return List.copyOf(ids);
    }
}
