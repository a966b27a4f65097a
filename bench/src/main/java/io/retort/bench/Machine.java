package io.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a run measured on, as the report prints it. */
record Machine(int processors, String memory, String cpu, String kernel, String postgres, String java, String load) {

    static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                procField("/proc/meminfo", "MemTotal:\\s*(\\d+) kB")
                        .map(kb -> "%.1f GiB".formatted(Long.parseLong(kb) / 1024.0 / 1024.0)).orElse("unknown"),
                procField("/proc/cpuinfo", "model name\\s*:\\s*(.+)").orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Scratch.serverVersion(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages: other work on a shared machine skews the figures. */
    static String loadAverage() {
        return procField("/proc/loadavg", "^(\\S+ \\S+ \\S+)").orElse("unknown");
    }

    /** The same machine, with the load averages at the start and the end of the run. */
    Machine loadUntilNow() {
        return new Machine(processors, memory, cpu, kernel, postgres, java, load + " at the start, " + loadAverage() + " at the end");
    }

    private static Optional<String> procField(String file, String regex) {
        try {
            Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
            return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
