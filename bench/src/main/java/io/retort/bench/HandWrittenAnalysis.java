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
}
