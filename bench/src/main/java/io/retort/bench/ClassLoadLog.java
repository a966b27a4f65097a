package io.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a JVM loaded, read from its {@code -Xlog:class+load} file and counted by origin: the
 * JDK (its CDS archive or its modules), the compiler, each library jar, or classes defined at
 * run time (lambdas, proxies, compiled revisions).
 */
record ClassLoadLog(Map<String, Integer> byOrigin, int total) {
    private static final Pattern LINE = Pattern.compile("\\]\\s(\\S+) source: (.+)$");
    private static final Pattern JAR = Pattern.compile("([^/]+?)(-\\d[^/]*)?\\.jar");

    /** The JVM option that writes the log {@link #read} understands. */
    static String option(Path file) {
        return "-Xlog:class+load=info:file=" + file;
    }

    static ClassLoadLog read(Path file) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    counts.merge(origin(m.group(2)), 1, Integer::sum);
                    total++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Integer> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new ClassLoadLog(sorted, total);
    }

    static String origin(String source) {
        if (source.equals("shared objects file") || source.startsWith("shared objects file")) {
            return "JDK (CDS archive)";
        }
        if (source.startsWith("jrt:/")) {
            String module = source.substring("jrt:/".length());
            return module.equals("jdk.compiler") ? "javac (jdk.compiler)" : "JDK (" + module + ")";
        }
        Matcher jar = JAR.matcher(source);
        if (jar.find()) {
            return jar.group(1);
        }
        return source.startsWith("file:") ? "class files on disk" : "defined at run time";
    }

    /** {@code 2,345 classes: JDK (CDS archive) 1,200, jackson-databind 400, ...}, the largest {@code limit} origins. */
    String summary(int limit) {
        List<String> parts = byOrigin.entrySet().stream().limit(limit)
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).toList();
        return String.format(Locale.ROOT, "%,d classes: ", total) + String.join(", ", parts)
                + (byOrigin.size() > limit ? ", …" : "");
    }
}
