package io.retort.test;

import io.retort.Retort;
import io.retort.safety.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The revisions' built-in checks, as in pytest-alembic: a single head, upgrade from an empty
 * database, every revision up, down and up again with the schema and rows compared, the
 * stairway's end equal to the direct upgrade, and, when the config has a {@code [model]}, the
 * entity model matching head. {@code retort verify} runs them once, on scratch databases; each
 * becomes a test of its own. {@link RetortCheckSuite} runs them.
 */
public final class RetortChecks {
    private static final String HEAD = "head";
    private static final List<String> STAIR = List.of("upgrade", "downgrade", "upgrade after its downgrade");

    private final Retort retort;
    private final boolean model;

    RetortChecks(Retort retort, boolean model) {
        this.retort = retort;
        this.model = model;
    }

    /** Runs the checks and returns one test per check and per revision. */
    public Stream<DynamicTest> tests() {
        VerifyReport report = retort.verify();
        List<String> order = retort.graph().upgrade(List.of(), "heads").revisionIds();
        boolean upgraded = none(report, f -> f.direction().startsWith("upgrade from empty"));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(test("single head", report, f -> f.direction().equals("single head"), null));
        tests.add(test("upgrade from empty to head", report, f -> f.direction().startsWith("upgrade from empty"), null));
        String stopped = upgraded ? null : "upgrade from empty to head failed";
        for (String id : order) {
            tests.add(test("up, down, up: " + id, report, f -> f.revision().equals(id) && STAIR.contains(f.direction()), stopped));
            if (stopped == null && !none(report, f -> f.revision().equals(id))) {
                stopped = "revision " + id + " failed first";
            }
        }
        tests.add(test("the stairway ends where upgrade from empty does", report,
                f -> f.revision().equals(HEAD) && f.direction().startsWith("stairway"), stopped));
        if (model) {
            tests.add(test("the entity model matches head", report, f -> f.direction().equals("model"), stopped));
        }
        return tests.stream();
    }

    private static DynamicTest test(String name, VerifyReport report, Predicate<VerifyReport.Failure> mine, String notReached) {
        List<String> failures = report.failures().stream().filter(mine).map(VerifyReport.Failure::describe).toList();
        return DynamicTest.dynamicTest(name, () -> {
            Assumptions.assumeTrue(notReached == null, () -> "not reached: " + notReached);
            if (!failures.isEmpty()) {
                throw new AssertionError(String.join("\n", failures));
            }
        });
    }

    private static boolean none(VerifyReport report, Predicate<VerifyReport.Failure> which) {
        return report.failures().stream().noneMatch(which);
    }
}
