package io.retort.fleet;

import io.retort.RetortException;
import io.retort.RetortFleet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code fleet upgrade head} in a process of its own: args are the retort.toml, --parallel, the
 * shard ({@code i/M} or {@code -}), and K: after K targets finish it prints {@code HALTED} and waits
 * to be killed (0: never).
 */
public final class FleetProcess {
    private FleetProcess() {}

    public static void main(String[] args) throws InterruptedException {
        int haltAfter = Integer.parseInt(args[3]);
        AtomicInteger finished = new AtomicInteger();
        try {
            FleetReport report = RetortFleet.fromConfig(Path.of(args[0]), null, null, Map.of(), Map.of()).upgrade("head",
                    new FleetOptions(Integer.parseInt(args[1]), args[2].equals("-") ? Optional.empty()
                            : Optional.of(Shard.parse(args[2])), 0, 0), false, line -> {
                        System.out.println(line);
                        System.out.flush();
                        if (line.startsWith("[") && finished.incrementAndGet() == haltAfter) {
                            System.out.println("HALTED");
                            System.out.flush();
                            sleepForever();
                        }
                    });
            System.out.println(report.summary());
            System.exit(report.failed().isEmpty() ? 0 : 1);
        } catch (RetortException e) {
            System.out.println("retort: error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Process start(Path config, int parallel, String shard, int haltAfter) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FleetProcess.class.getName(),
                config.toString(), Integer.toString(parallel), shard, Integer.toString(haltAfter)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
