package io.retort.runtime;

import io.retort.RetortEvent;
import io.retort.RetortListener;
import io.retort.graph.MigrationPlan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Passes one command's events on to its listener, timing the whole run and remembering its slowest step. */
final class RunClock implements RetortListener {
    private final RetortListener listener;
    private final long startNanos = System.nanoTime();
    private RetortEvent.StepFinished slowest;

    RunClock(RetortListener listener) {
        this.listener = listener;
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.StepFinished f && (slowest == null || f.duration().compareTo(slowest.duration()) > 0)) {
            slowest = f;
        }
        listener.onEvent(event);
    }

    void planReady(MigrationPlan plan) {
        onEvent(new RetortEvent.PlanReady(plan.steps().stream()
                .map(s -> new RetortEvent.Step(s.revision() == null ? null : s.revision().id(), s.describe())).toList()));
    }

    List<String> finished(List<String> revisions) {
        onEvent(new RetortEvent.RunFinished(revisions, elapsed(), Optional.ofNullable(slowest)));
        return revisions;
    }

    RuntimeException failed(RuntimeException e) {
        onEvent(new RetortEvent.RunFailed(e, elapsed()));
        return e;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
