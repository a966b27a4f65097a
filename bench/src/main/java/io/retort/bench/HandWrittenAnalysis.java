package io.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/analysis.md}: a hand-written reading of the figures of one commit's run, stamped
 * on its first line with {@code <!-- commit: abc1234 -->}. A report includes it only when it
 * measured that commit; otherwise it says the reading was left out and why, so a reading never
 * sits under figures it was not written for.
 */
record HandWrittenAnalysis(Optional<String> commit, List<String> body) {
    private static final Pattern STAMP = Pattern.compile("^<!--\\s*commit:\\s*([0-9a-f]{7,40})\\s*-->\\s*$");

    HandWrittenAnalysis {
        body = List.copyOf(body);
    }

    static HandWrittenAnalysis parse(List<String> lines) {
        Matcher m = lines.isEmpty() ? null : STAMP.matcher(lines.get(0));
        if (m != null && m.matches()) {
            return new HandWrittenAnalysis(Optional.of(m.group(1)), lines.subList(1, lines.size()));
        }
        return new HandWrittenAnalysis(Optional.empty(), lines);
    }

    /**
     * True when the run at {@code runCommit} ({@code git describe --always --dirty}: a hash,
     * maybe with {@code -dirty}) measured the stamped commit; either hash may be the shorter.
     */
    boolean describes(String runCommit) {
        String run = runCommit.replaceFirst("-dirty$", "");
        return commit.filter(c -> !run.isEmpty() && (run.startsWith(c) || c.startsWith(run))).isPresent();
    }

    /** The lines the report appends for a run at {@code runCommit}. */
    List<String> linesFor(String runCommit, String file) {
        if (describes(runCommit)) {
            return body;
        }
        List<String> note = new ArrayList<>();
        note.add(commit.map(c -> "*The hand-written reading in `" + file + "` was written for commit `" + c + "`, not this run's `"
                        + runCommit + "`, so it is left out: read it with that commit's report (`git log -- bench/RESULTS.md`), "
                        + "or write a new one for these figures and stamp it `<!-- commit: " + runCommit.replaceFirst("-dirty$", "") + " -->`.*")
                .orElse("*The hand-written reading in `" + file + "` has no `<!-- commit: ... -->` first line naming the run it was written for, "
                        + "so it is left out.*"));
        return note;
    }

    /** The line the report puts before the hand-written reading, so that a later reading can replace it. */
    static final String MARKER = "<!-- hand-written reading: bench/analysis.md -->";

    private static final Pattern REPORT_COMMIT = Pattern.compile("at commit `([^`]+)`");

    /**
     * {@code report} with its hand-written reading (what follows the marker, or an earlier report's
     * reading or left-out note, up to the next section) replaced by this one's lines for the commit
     * the report names: the reading is written after the run, for its figures.
     *
     * @throws IllegalArgumentException when the report has no "Where the time goes" section or names no commit
     */
    String replaceIn(String report, String file) {
        Matcher commitOf = REPORT_COMMIT.matcher(report);
        int section = report.indexOf("\n## Where the time goes\n");
        if (!commitOf.find() || section < 0) {
            throw new IllegalArgumentException("the report names no commit or has no 'Where the time goes' section");
        }
        int end = report.indexOf("\n## ", section + 1);
        end = end < 0 ? report.length() : end + 1;
        String body = report.substring(section, end);
        int start = body.indexOf(MARKER);
        if (start < 0) {
            start = firstOf(body, "\n*The hand-written reading in ", "\n### Reading of the figures");
            start = start < 0 ? body.stripTrailing().length() + 1 : start + 1;
        }
        String reading = MARKER + "\n" + String.join("\n", linesFor(commitOf.group(1), file)).strip() + "\n\n";
        return report.substring(0, section) + body.substring(0, start) + reading + report.substring(end);
    }

    private static int firstOf(String text, String... needles) {
        int first = -1;
        for (String n : needles) {
            int at = text.indexOf(n);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
