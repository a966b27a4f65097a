package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "List applied revisions whose file changed or disappeared since they ran (exit 1 if any);"
                + " records the checksums of applied revisions that have none yet.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Override
    public Integer call() {
        var report = parent.project.retort().validate();
        if (!report.recorded().isEmpty()) {
            parent.out().println("No checksum was recorded for " + report.recorded().size()
                    + " applied revision(s) (a database taken over from Alembic?); recorded them now: "
                    + String.join(", ", report.recorded()));
        }
        report.problems().forEach(p -> parent.out().println(p.describe()));
        if (report.clean()) {
            parent.out().println("Applied revisions match their files.");
        }
        return report.clean() ? 0 : 1;
    }
}
