package io.retort.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The processes of one data folder, counted from the process table: postgres and the idle watchdog. */
final class ServerProcesses {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private ServerProcesses() {}

    /** The postgres processes started with {@code -D dataDir}, and the watchdogs watching it. */
    static long of(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataDir.toString())).orElse(false))
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("sh")).orElse(false))
                .count();
    }

    /** Waits until none is left, or patience runs out; returns how many are left. */
    static long awaitNone(Path dataDir) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (of(dataDir) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return of(dataDir);
    }
}
