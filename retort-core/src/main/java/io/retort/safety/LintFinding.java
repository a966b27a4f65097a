package io.retort.safety;

import java.util.Locale;

/**
 * One thing lint found.
 *
 * @param origin the revision's file
 * @param line the line of the operation in it (0 when the finding is about the whole revision)
 * @param operation the operation, briefly ({@code addColumn grid.status})
 */
public record LintFinding(String revision, String origin, int line, String operation, LintRule rule) {

    /** One line: where, severity, rule, revision and operation, why it is dangerous and the safe form. */
    public String describe() {
        return origin + (line > 0 ? ":" + line : "") + ": " + rule.severity().name().toLowerCase(Locale.ROOT)
                + " [" + rule.ruleName() + "] revision " + revision + ": " + operation + ": " + rule.danger()
                + "; instead: " + rule.safeForm();
    }
}
