package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "On a scratch database beside the environment's (created and dropped): a single head, upgrade"
                + " from empty to head, and each revision up, down, up with the schema and row counts compared (exit 1 on a failure).")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Override
    public Integer call() {
        var report = parent.project.retort().verify();
        report.failures().forEach(f -> parent.out().println(f.describe()));
        if (report.passed()) {
            parent.out().println("verify: " + report.revisions() + " revision(s) passed: single head, upgrade from empty"
                    + " to head, stairway up-down-up with schema and row counts compared");
        }
        return report.passed() ? 0 : 1;
    }
}
