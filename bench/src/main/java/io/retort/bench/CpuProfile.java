package io.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its CPU, from a JFR recording: each execution sample is charged to the
 * first frame, from the top of the stack, that belongs to a known component (javac, pgjdbc,
 * Jackson, Retort, ...); samples wholly inside the JDK's core are charged to the JDK.
 */
record CpuProfile(Map<String, Integer> samplesByComponent, int samples, int nativeSamples, Duration gcPauses) {
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("com.sun.tools.javac.", "javac"),
            Map.entry("com.sun.source.", "javac"),
            Map.entry("javax.tools.", "javac"),
            Map.entry("org.postgresql.", "pgjdbc"),
            Map.entry("com.fasterxml.jackson.", "Jackson"),
            Map.entry("io.github.classgraph.", "ClassGraph"),
            Map.entry("nonapi.io.github.classgraph.", "ClassGraph"),
            Map.entry("picocli.", "picocli"),
            Map.entry("org.slf4j.", "SLF4J"),
            Map.entry("io.retort.", "Retort"));

    /** The JVM option that records what {@link #read} understands. */
    static String option(Path file) {
        return "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file;
    }

    static CpuProfile read(Path file) {
        Map<String, Integer> counts = new TreeMap<>();
        int samples = 0;
        int nativeSamples = 0;
        Duration gc = Duration.ZERO;
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    counts.merge(component(event.getStackTrace().getFrames()), 1, Integer::sum);
                    samples++;
                } else if (type.equals("jdk.NativeMethodSample")) {
                    nativeSamples++;
                } else if (type.equals("jdk.GarbageCollection")) {
                    gc = gc.plus(event.getDuration("sumOfPauses"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JFR recording " + file, e);
        }
        return new CpuProfile(counts, samples, nativeSamples, gc);
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> c : COMPONENTS) {
                if (type.startsWith(c.getKey())) {
                    return c.getValue();
                }
            }
            if (!(type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun."))) {
                return "other libraries";
            }
        }
        return "JDK";
    }

    /**
     * {@code 812 CPU samples: javac 61%, pgjdbc 12%, ...; 300 samples in native code; GC pauses 0.21 s}.
     * Native samples are threads blocked in native code, for a migration tool mostly waiting on
     * the database's socket.
     */
    String summary() {
        String shares = samplesByComponent.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)))
                .reduce((a, b) -> a + ", " + b).orElse("none");
        return String.format(Locale.ROOT, "%,d JFR execution samples: %s; %,d samples in native code (waiting, mostly on the database); GC pauses %.2f s",
                samples, shares, nativeSamples, gcSeconds());
    }

    private double gcSeconds() {
        return gcPauses.toNanos() / 1e9;
    }
}
