package io.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a run measured on, as the report prints it. */
record Machine(int processors, String memory, String cpu, String kernel, String postgres, String java) {

    static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                procField("/proc/meminfo", "MemTotal:\\s*(\\d+) kB")
                        .map(kb -> "%.1f GiB".formatted(Long.parseLong(kb) / 1024.0 / 1024.0)).orElse("unknown"),
                procField("/proc/cpuinfo", "model name\\s*:\\s*(.+)").orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Scratch.serverVersion(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
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
