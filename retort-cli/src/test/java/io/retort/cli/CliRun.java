package io.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the {@code retort} command, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs with {@code -c <project>/retort.toml --url <url>} before the arguments. */
    static CliRun in(Path project, String url, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", project.resolve("retort.toml").toString()));
        if (url != null) {
            all.addAll(List.of("--url", url));
        }
        all.addAll(List.of(args));
        return of(all.toArray(String[]::new));
    }

    /** The error output's lines that are not blank. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
