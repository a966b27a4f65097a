package io.retort.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.SmartemFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint needs no database: each rule is caught on its unsafe revision and the safe form passes. */
class LintTest {
    @TempDir static Path project;
    static LintResult fixtures;

    @BeforeAll
    static void setUp() {
        Path versions = project.resolve("versions");
        LintFixtures.write(versions);
        fixtures = retort(versions).lint(null);
    }

    static Retort retort(Path versions) {
        return Retort.configure().scriptLocations(List.of(versions)).cacheDirectory(project.resolve(".retort/cache")).build();
    }

    static Map<String, Set<String>> rulesByRevision(List<LintFinding> findings) {
        Map<String, Set<String>> out = new TreeMap<>();
        findings.forEach(f -> out.computeIfAbsent(f.revision(), k -> new TreeSet<>()).add(f.rule().ruleName()));
        return out;
    }

    @Test
    void everyRuleIsCaughtOnItsUnsafeRevisionAndTheSafeFormPasses() {
        Map<String, Set<String>> found = rulesByRevision(fixtures.findings());
        for (String rule : LintFixtures.CASES.keySet()) {
            String slug = rule.replace('-', '_');
            assertThat(found.get("bad_" + slug)).as("bad_" + slug).containsExactly(rule);
            assertThat(found.get("ok_" + slug)).as("ok_" + slug).isNull();
        }
        assertThat(found).containsOnlyKeys(LintFixtures.CASES.keySet().stream()
                .map(r -> "bad_" + r.replace('-', '_')).toList());
        assertThat(fixtures.incomplete()).isEmpty();
    }

    @Test
    void aFindingNamesTheRevisionFileLineAndSaysWhyAndTheSafeForm() {
        LintFinding f = fixtures.findings().stream().filter(x -> x.revision().equals("bad_not_null_without_default"))
                .findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.describe()).isEqualTo(project.resolve("versions/R_bad_not_null_without_default.java")
                + ":11: error [not-null-without-default] revision bad_not_null_without_default: addColumn t.c1:"
                + " a NOT NULL column without a default fails on a table that has rows; instead: add it nullable,"
                + " backfill it, then set NOT NULL behind a validated CHECK; or give it a constant default");
    }

    @Test
    void aRetortAllowCommentOnTheLineSuppressesThatRule() {
        assertThat(fixtures.suppressed()).singleElement()
                .satisfies(f -> assertThat(f.revision() + " " + f.rule().ruleName()).isEqualTo("ok_drop_table drop-table"));
    }

    /**
     * What a reviewer flags in SmartEM's history: the indexes built and dropped on live tables without
     * CONCURRENTLY (002, 33107394dcd1, 87f8c5e11906, b3c4d5e6f7a8), the foreign keys re-added with a full
     * check, the SET NOT NULLs after a backfill in the same revision, the dropped column
     * qualitypredictionmodelweight.origin, 87f8c5e11906's bigint → integer ids (a rewrite), and the
     * raw SQL Retort cannot check. The baseline, the new tables, the defaulted NOT NULL flags of
     * c4d5e6f7a8b9, the seed data and the enum value added outside the transaction are clean.
     */
    @Test
    void smartemsHistoryGivesWhatACarefulReviewerWouldFlag() {
        LintResult result = retort(SmartemFacts.versions()).lint(null);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        result.findings().forEach(f -> counts.computeIfAbsent(f.revision(), k -> new TreeMap<>())
                .merge(f.rule().ruleName(), 1L, Long::sum));
        assertThat(counts).isEqualTo(Map.of(
                "002", Map.of("index-without-concurrently", 2L),
                "003", Map.of("unchecked-sql", 4L),
                "33107394dcd1", Map.of("constraint-without-not-valid", 3L, "drop-column", 1L,
                        "index-without-concurrently", 67L, "set-not-null", 1L, "structure-and-data", 1L,
                        "unchecked-sql", 1L),
                "87f8c5e11906", Map.of("constraint-without-not-valid", 20L, "index-without-concurrently", 35L,
                        "rewriting-type-change", 3L),
                "a1b2c3d4e5f6", Map.of("set-not-null", 1L, "structure-and-data", 1L, "unchecked-sql", 1L),
                "b3c4d5e6f7a8", Map.of("index-without-concurrently", 1L)));
        assertThat(result.findings()).filteredOn(f -> f.rule() == LintRule.REWRITING_TYPE_CHANGE)
                .extracting(LintFinding::operation)
                .containsExactly("alterColumn agentconnection.id", "alterColumn agentinstruction.id", "alterColumn agentsession.id");
        assertThat(result.incomplete()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
    }
}
