package io.retort.cli;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.config.RetortConfig;
import io.retort.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The options every command takes: which configuration, environment and database. */
final class ProjectOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The configuration file (default: ./retort.toml).")
    Path config = Path.of(RetortConfig.FILE_NAME);

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
        String override = url != null ? url : System.getenv(RetortConfig.URL_VARIABLE);
        var err = spec.commandLine().getErr();
        return Retort.fromConfig(config, environment, override, System.getenv())
                .arguments(arguments)
                .log(line -> {
                    err.println(line);
                    err.flush();
                })
                .build();
    }

    /** Refuses, changing nothing, when the environment asks for confirmation and none was given. */
    void requireConfirmation(Retort retort, boolean confirmed, String what) {
        retort.environment().filter(env -> env.confirm() && !confirmed).ifPresent(env -> {
            throw new RetortException("environment '" + env.name() + "' asks for confirmation before '" + what
                    + "'; check the target, take a backup, then run it again with --yes");
        });
    }

    /** Controls the project's embedded PostgreSQL. */
    String embedded(String action) {
        RetortConfig cfg = RetortConfig.load(config);
        EmbeddedPostgres pg = Retort.embeddedServer(cfg);
        return switch (action) {
            case "status" -> pg.status().describe();
            case "stop" -> {
                pg.stop();
                yield "stopped the embedded PostgreSQL of " + cfg.projectDir();
            }
            case "reset" -> {
                pg.reset();
                yield "stopped the embedded PostgreSQL of " + cfg.projectDir() + " and deleted its data";
            }
            default -> throw new RetortException("unknown action '" + action + "'; use status, stop or reset");
        };
    }
}
