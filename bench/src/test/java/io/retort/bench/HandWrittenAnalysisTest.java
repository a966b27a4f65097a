package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandWrittenAnalysisTest {
    private static final List<String> STAMPED = List.of("<!-- commit: 7a0d897 -->", "### Reading", "- figures");

    @Test
    void aReadingStampedWithTheMeasuredCommitIsAppendedWithoutItsStamp() {
        HandWrittenAnalysis analysis = HandWrittenAnalysis.parse(STAMPED);

        assertThat(analysis.linesFor("7a0d897", "bench/analysis.md")).containsExactly("### Reading", "- figures");
        assertThat(analysis.linesFor("7a0d8971f2", "bench/analysis.md")).containsExactly("### Reading", "- figures");
        assertThat(analysis.linesFor("7a0d897-dirty", "bench/analysis.md")).containsExactly("### Reading", "- figures");
        assertThat(HandWrittenAnalysis.parse(List.of("<!-- commit: 7a0d8971f2ab -->", "x")).describes("7a0d897")).isTrue();
    }

    @Test
    void aReadingOfAnotherCommitIsLeftOutWithANoteNamingBothCommits() {
        List<String> lines = HandWrittenAnalysis.parse(STAMPED).linesFor("abc1234", "bench/analysis.md");

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("written for commit `7a0d897`, not this run's `abc1234`, so it is left out")
                .contains("`<!-- commit: abc1234 -->`");
    }

    @Test
    void anUnstampedReadingIsLeftOut() {
        HandWrittenAnalysis analysis = HandWrittenAnalysis.parse(List.of("### Reading", "- figures"));

        assertThat(analysis.commit()).isEmpty();
        assertThat(analysis.linesFor("7a0d897", "bench/analysis.md")).singleElement().asString().contains("has no `<!-- commit: ... -->` first line");
        assertThat(HandWrittenAnalysis.parse(List.of()).describes("unknown")).isFalse();
    }

    @Test
    void aReadingWrittenAfterTheRunReplacesTheLeftOutNoteAndLaterOnesReplaceIt() {
        String report = String.join("\n", "Written by `bench/run` on 2026-12-03 at commit `7a0d897`; every figure ...", "",
                "## Where the time goes", "", "- probe line", "  - sub line", "",
                "*The hand-written reading in `bench/analysis.md` was written for commit `1111111`, so it is left out.*", "",
                "## Fleet: 200 tenant schemas", "", "fleet text", "");

        String once = HandWrittenAnalysis.parse(STAMPED).replaceIn(report, "bench/analysis.md");
        String twice = HandWrittenAnalysis.parse(List.of("<!-- commit: 7a0d897 -->", "### Reading", "- better figures"))
                .replaceIn(once, "bench/analysis.md");

        assertThat(once).contains("- probe line\n  - sub line\n\n" + HandWrittenAnalysis.MARKER + "\n### Reading\n- figures\n\n## Fleet")
                .doesNotContain("left out").endsWith("fleet text\n");
        assertThat(twice).contains(HandWrittenAnalysis.MARKER + "\n### Reading\n- better figures\n\n## Fleet").doesNotContain("- figures\n");
        assertThat(HandWrittenAnalysis.parse(List.of("<!-- commit: abc1234 -->", "x")).replaceIn(report, "bench/analysis.md"))
                .as("a reading of another commit stays out").contains("written for commit `abc1234`, not this run's `7a0d897`");
    }
}
