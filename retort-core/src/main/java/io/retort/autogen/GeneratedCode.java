package io.retort.autogen;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Java source that fills a revision template.
 *
 * @param upgrades the statements of {@code upgrade(Ops op)}, for {@code ${upgrades}}
 * @param downgrades the statements of {@code downgrade(Ops op)}, for {@code ${downgrades}}
 * @param imports the import declarations they need, whole lines ({@code import io.retort.ops.Operation.AlterColumn;}),
 *     for {@code ${imports}}; some may repeat the template's own, which Java allows
 */
public record GeneratedCode(String upgrades, String downgrades, Set<String> imports) {
    public GeneratedCode {
        SortedSet<String> sorted = new TreeSet<>(imports);
        imports = Collections.unmodifiableSortedSet(sorted);
    }

    /** The imports a template's text does not already hold, for a tidy {@code ${imports}}. */
    public List<String> importsMissingFrom(String template) {
        return imports.stream().filter(line -> !template.contains(line)).toList();
    }
}
