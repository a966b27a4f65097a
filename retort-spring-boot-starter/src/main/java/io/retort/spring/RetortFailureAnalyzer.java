package io.retort.spring;

import io.retort.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by Retort (a changed revision, a failing statement, a lock not had in time)
 * reports Retort's one line, which names what is at fault and what to do, instead of a stack trace.
 */
final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("Retort could not migrate the database: " + cause.getMessage(),
                "Fix what the line above names (or see the spring.retort.* properties), then start the application again.",
                cause);
    }
}
