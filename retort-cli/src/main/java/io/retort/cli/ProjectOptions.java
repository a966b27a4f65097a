package io.retort.cli;

import io.retort.Retort;
import io.retort.config.ConnectionSettings;
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
            description = "The configuration file (default: ./retort.toml; without one, the defaults: versions in"
                    + " migrations/versions, the embedded PostgreSQL or --url).")
    Path config;

    @Option(names = "--env", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "The environment of retort.toml to use (default: its default_environment).")
    String environment;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead of the environment's, for this command (wins over RETORT_URL).")
    String url;

    @Option(names = "-x", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "An argument that migrations read with op.argument(KEY); repeatable.")
    Map<String, String> arguments = new LinkedHashMap<>();

    /** Where notes go in a command run without picocli ({@link DirectRun}); null under picocli. */
    java.io.PrintWriter err;

    /** Prints step times, heartbeats, lock waits and the summary; asks for the writer only when it prints. */
    private final TerminalProgress progress = new TerminalProgress(() -> err != null ? err : spec.commandLine().getErr());

    TerminalProgress progress() {
        return progress;
    }

    /** A Retort for this command's project, environment and database ({@code --url}, else RETORT_URL, else the environment's). */
    Retort retort() {
        return retort(false);
    }

    /** The same, with upgrade, downgrade and stamp confirmed ({@code --yes}) for an environment that asks for it. */
    Retort retort(boolean confirmed) {
        var err = this.err != null ? this.err : spec.commandLine().getErr();
        return Retort.fromConfig(config, environment, url, System.getenv())
                .arguments(arguments)
                .confirmed(confirmed)
                .log(line -> {
                    err.println(line);
                    err.flush();
                })
                .listener(progress)
                .build();
    }

    /** This project's embedded PostgreSQL. */
    EmbeddedPostgres embedded() {
        return Retort.embeddedServer(RetortConfig.loadOrDefaults(config));
    }

    /** The database the environment uses on the embedded PostgreSQL (the default one if it uses another server). */
    String embeddedDatabase() {
        return RetortConfig.loadOrDefaults(config).environment(environment, System.getenv()).connection()
                instanceof ConnectionSettings.Embedded embedded ? embedded.database() : RetortConfig.DEFAULT_EMBEDDED_DATABASE;
    }
}
