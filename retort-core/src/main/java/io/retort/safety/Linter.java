package io.retort.safety;

import io.retort.runtime.RecordedRevision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort lint}: checks recorded revisions against {@link LintRule}s. A finding is left out
 * when its line in the revision file carries {@code // retort:allow <rule-name> <reason>}.
 */
public final class Linter {
    private static final Pattern ALLOW = Pattern.compile("//\\s*retort:allow\\s+([a-z-]+)");
    private static final Pattern DOWNGRADE = Pattern.compile("\\bvoid\\s+downgrade\\s*\\(");

    private Linter() {}

    /** What the revisions' upgrades and downgrades do that is dangerous, in revision order. */
    public static LintResult lint(List<RecordedRevision> revisions) {
        List<LintFinding> found = new ArrayList<>();
        List<LintFinding> suppressed = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (RecordedRevision r : revisions) {
            List<String> lines = lines(r.origin());
            r.incomplete().ifPresent(why -> incomplete.add(r.origin() + ": revision " + r.id()
                    + ": only partly checked: its " + why));
            for (LintFinding f : RevisionLint.check(r, downgradeLine(lines))) {
                (allowed(lines, f) ? suppressed : found).add(f);
            }
        }
        return new LintResult(found, suppressed, incomplete);
    }

    private static boolean allowed(List<String> lines, LintFinding f) {
        if (f.line() < 1 || f.line() > lines.size()) {
            return false;
        }
        Matcher m = ALLOW.matcher(lines.get(f.line() - 1));
        while (m.find()) {
            if (m.group(1).equals(f.rule().ruleName())) {
                return true;
            }
        }
        return false;
    }

    private static int downgradeLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DOWNGRADE.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The revision file's lines, or none when the revision is precompiled (its origin is no file). */
    private static List<String> lines(String origin) {
        try {
            Path file = Path.of(origin);
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
