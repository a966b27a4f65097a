package io.retort.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "where the time goes" section: cheap probes run after the benchmark, such as the cost of a
 * bare JVM start, to set against the targets Retort misses.
 */
final class TimeBreakdown {
    private final Path work;
    private final Optional<Path> retortLauncher;
    private final JavaCommand java;
    private final PrintStream progress;
    private final TimedProcess timed;

    TimeBreakdown(Path work, Optional<Path> retortLauncher, JavaCommand java, PrintStream progress) {
        this.work = work;
        this.retortLauncher = retortLauncher;
        this.java = java;
        this.progress = progress;
        this.timed = new TimedProcess(Path.of("").toAbsolutePath(), work.resolve("logs").resolve("probes.log"), Duration.ofMinutes(10));
    }

    List<String> lines(Results results) {
        List<String> lines = new ArrayList<>();
        progress.println("probing: JVM start");
        List<Measurement> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(timed.run(new Invocation("empty main", java.main(EmptyMain.class))));
        }
        Results.Summary jvm = Results.Summary.of(starts);
        lines.add(String.format(Locale.ROOT,
                "- A bare JVM start and exit (`java -cp <bench class path> %s`, an empty main) takes %.2f s (median of 3) and %.0f MiB: "
                        + "every Java tool pays it on every command, psql does not.",
                EmptyMain.class.getName(), jvm.medianWall(), jvm.medianRssMiB()));
        if (retortLauncher.isEmpty()) {
            lines.add("- Retort was not measured (pending), so there is nothing to break down yet.");
        }
        return lines;
    }
}
