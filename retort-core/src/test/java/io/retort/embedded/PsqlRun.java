package io.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One psql run, from outside Retort: {@code SELECT current_user} as postgres, never prompting for a password. */
record PsqlRun(int exitCode, String output) {

    static PsqlRun as(String host, int port, String database, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-w", "-At", "-h", host, "-p", String.valueOf(port),
                "-U", EmbeddedPostgres.SUPERUSER, "-d", database, "-c", "SELECT current_user"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().putAll(environment);
        Process psql = builder.start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!psql.waitFor(60, TimeUnit.SECONDS)) {
            psql.destroyForcibly();
        }
        return new PsqlRun(psql.exitValue(), output.strip());
    }
}
