package io.retort.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.retort.testing.RevisionFiles;
import java.nio.file.Path;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Revision folders under target/ for the fixture test classes, and a launcher that runs those classes. */
final class KitFixtures {
    /** Two revisions, a then b, each creating a table. */
    static final String GOOD = "target/kit-fixtures/good";
    /** a, then b whose downgrade forgets to drop its table. */
    static final String BROKEN = "target/kit-fixtures/broken";
    /** a, then b whose upgrade fails. */
    static final String FAILING = "target/kit-fixtures/failing";

    private KitFixtures() {}

    static void write() {
        RevisionFiles.table(Path.of(GOOD), "a");
        RevisionFiles.table(Path.of(GOOD), "b", "a");
        RevisionFiles.table(Path.of(BROKEN), "a");
        RevisionFiles.write(Path.of(BROKEN), "b", new String[] {"a"}, "op.execute(\"CREATE TABLE t_b (id integer)\");", "");
        RevisionFiles.table(Path.of(FAILING), "a");
        RevisionFiles.write(Path.of(FAILING), "b", new String[] {"a"}, "op.execute(\"CREATE TABLE t_a (id integer)\");", "");
    }

    /** Runs a fixture test class (nested in a test here, so surefire does not run it alone). */
    static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        run(testClass, summary);
        return summary.getSummary();
    }

    static void run(Class<?> testClass, TestExecutionListener listener) {
        write();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    }
}
