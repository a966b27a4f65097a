package io.retort.cli;

import io.retort.Retort;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes: which configuration, environment and database. */
final class ProjectOptions {
    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The configuration file (default: ./retort.toml).")
    Path config = Path.of("retort.toml");

    @Option(names = "--env", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "The environment of retort.toml to use (default: its default_environment).")
    String environment;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead of the environment's, for this command (or set RETORT_URL).")
    String url;

    @Option(names = "-x", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "An argument that migrations read with op.argument(KEY); repeatable.")
    Map<String, String> arguments = new LinkedHashMap<>();

    /** A Retort for this command's project, environment and database. */
    Retort retort() {
        String override = url != null ? url : System.getenv("RETORT_URL");
        return Retort.fromConfig(config, environment, override, System.getenv())
                .arguments(arguments)
                .build();
    }
}
