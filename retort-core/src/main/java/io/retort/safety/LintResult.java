package io.retort.safety;

import java.util.List;

/**
 * What lint found.
 *
 * @param findings the findings, in revision order
 * @param suppressed findings left out by a {@code // retort:allow} comment
 * @param incomplete revisions whose recording stopped early, one line each: only partly checked
 */
public record LintResult(List<LintFinding> findings, List<LintFinding> suppressed, List<String> incomplete) {
    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        incomplete = List.copyOf(incomplete);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.rule().severity() == LintRule.Severity.ERROR);
    }
}
