package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check revisions' operations against PostgreSQL's locking and rewriting rules, without a database"
                + " (exit 1 on an error). '// retort:allow RULE reason' on an operation's line suppresses a finding.")
final class LintCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
            description = "start:end (start may be base), or an end alone; default: every revision.")
    String range;

    @Override
    public Integer call() {
        var result = parent.project.retort().lint(range);
        result.findings().forEach(f -> parent.out().println(f.describe()));
        result.incomplete().forEach(line -> parent.out().println(line));
        parent.out().println(result.findings().size() + " finding(s)"
                + (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " allowed by retort:allow")
                + (result.hasErrors() ? "; errors found" : ""));
        return result.hasErrors() ? 1 : 0;
    }
}
