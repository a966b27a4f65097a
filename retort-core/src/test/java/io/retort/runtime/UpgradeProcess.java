package io.retort.runtime;

import io.retort.Retort;
import io.retort.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code upgrade head} in a process of its own: args are URL, versions folder, cache folder, and optional key=value. */
public final class UpgradeProcess {
    private UpgradeProcess() {}

    public static void main(String[] args) {
        Map<String, String> x = args.length > 3 ? Map.of(args[3].split("=")[0], args[3].split("=")[1]) : Map.of();
        try {
            Retort.configure().url(args[0]).scriptLocations(List.of(Path.of(args[1])))
                    .cacheDirectory(Path.of(args[2])).arguments(x).lockTimeout(java.time.Duration.ofSeconds(120))
                    .log(System.out::println).build().upgrade("head");
        } catch (RetortException e) {
            System.err.println("retort: error: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** Starts one such process. */
    static Process start(String url, Path versions, Path cache, String... x) throws java.io.IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(),
                url, versions.toString(), cache.toString()));
        cmd.addAll(List.of(x));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
