package io.retort;

import io.retort.config.ConnectionSettings;
import io.retort.config.FleetConfig;
import io.retort.config.ResolvedEnvironment;
import io.retort.config.RetortConfig;
import io.retort.embedded.EmbeddedPostgres;
import io.retort.fleet.FleetDatabase;
import io.retort.fleet.FleetLedger;
import io.retort.fleet.FleetLedgers;
import io.retort.fleet.FleetOptions;
import io.retort.fleet.FleetReport;
import io.retort.fleet.FleetRunner;
import io.retort.fleet.FleetStatus;
import io.retort.fleet.FleetTarget;
import io.retort.fleet.FleetTargets;
import io.retort.fleet.TargetAction;
import io.retort.fleet.TargetDatabase;
import io.retort.graph.RevisionGraph;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library entry point for fleets: the targets of retort.toml's {@code [fleet]}, each migrated
 * by a {@link Retort} of its own, as {@code retort fleet} does.
 *
 * <pre>{@code
 * RetortFleet fleet = RetortFleet.fromConfig(Path.of("retort.toml"), "production", null, System.getenv(), Map.of());
 * FleetReport report = fleet.upgrade("head", new FleetOptions(8, Optional.empty(), 1, 0), true, System.out::println);
 * }</pre>
 */
public final class RetortFleet {
    private final Path configFile;
    private final String environment;
    private final String urlOverride;
    private final Map<String, String> variables;
    private final Map<String, String> arguments;
    private final RetortConfig config;
    private final ResolvedEnvironment env;
    private final FleetConfig fleet;
    private final FleetDatabase database;

    private RetortFleet(Path configFile, String environment, String urlOverride, Map<String, String> variables,
                        Map<String, String> arguments) {
        this.configFile = configFile;
        this.environment = environment;
        this.urlOverride = urlOverride;
        this.variables = Map.copyOf(variables);
        this.arguments = Map.copyOf(arguments);
        this.config = RetortConfig.loadOrDefaults(configFile);
        this.env = config.environment(environment, variables, urlOverride);
        this.fleet = config.fleet(env.name()).orElseThrow(() -> new RetortException(config.file() + " has no [fleet] table"
                + " for environment '" + env.name() + "': add one listing the targets (see the README's Fleets section)"))
                .expanded(variables, config.file());
        this.database = env.connection() instanceof ConnectionSettings.Jdbc jdbc
                ? new FleetDatabase(jdbc.url(), jdbc.user().orElse(null), jdbc.password().orElse(null))
                : new FleetDatabase(Retort.embeddedServer(config).jdbcUrl(((ConnectionSettings.Embedded) env.connection())
                .database()), EmbeddedPostgres.SUPERUSER, null);
    }

    /**
     * The fleet of {@code environment} in {@code configFile}, as {@link Retort#fromConfig} reads it.
     *
     * @param urlOverride replaces the environment's database (where schema targets live), or null
     * @param arguments {@code -x} arguments for every target; a target's own win
     */
    public static RetortFleet fromConfig(Path configFile, String environment, String urlOverride,
                                         Map<String, String> variables, Map<String, String> arguments) {
        return new RetortFleet(configFile, environment, urlOverride, variables, arguments);
    }

    /** Every target, in fleet order: the named ones, then the matching schemas, then the query's rows. */
    public List<FleetTarget> targets() {
        return FleetTargets.resolve(fleet, database, control());
    }

    public FleetReport upgrade(String target, FleetOptions options, boolean confirmed, Consumer<String> out) {
        return run("upgrade " + target, confirmed, options, out, graph -> TargetAction.upgrade(graph, target));
    }

    public FleetReport downgrade(String target, FleetOptions options, boolean confirmed, Consumer<String> out) {
        return run("downgrade " + target, confirmed, options, out, graph -> TargetAction.downgrade(graph, target));
    }

    public FleetReport stamp(List<String> revisions, boolean purge, FleetOptions options, boolean confirmed,
                             Consumer<String> out) {
        return run("stamp " + String.join(" ", revisions), confirmed, options, out,
                graph -> TargetAction.stamp(graph, revisions, purge));
    }

    /** Each target's version table, whether it is behind the heads and its last outcome; reads each version table once. */
    public List<FleetStatus.Row> status(FleetOptions options) {
        try (FleetLedger ledger = ledger()) {
            return FleetStatus.read(FleetRunner.select(targets(), options.shard()), this::open, graph(), ledger,
                    options.parallel());
        }
    }

    private FleetReport run(String what, boolean confirmed, FleetOptions options, Consumer<String> out,
                            java.util.function.Function<RevisionGraph, TargetAction> action) {
        if (env.confirm() && !confirmed) {
            throw new RetortException("environment '" + env.name() + "' asks for confirmation before 'fleet " + what
                    + "'; check the targets ('retort fleet status'), take backups, then run it again with --yes");
        }
        List<FleetTarget> targets = targets();
        try (FleetLedger ledger = ledger()) {
            return new FleetRunner(targets, this::open, ledger, out).run(action.apply(graph()), options);
        }
    }

    private RevisionGraph graph() {
        return Retort.fromConfig(configFile, environment, urlOverride, variables).build().graph();
    }

    /** The control database: {@code control_url}, or the environment's database when a query lists the targets. */
    private Optional<FleetDatabase> control() {
        return fleet.controlUrl().map(u -> new FleetDatabase(u, database.user(), database.password()))
                .or(() -> fleet.query().map(q -> database));
    }

    private FleetLedger ledger() {
        return control().map(FleetLedgers::controlTable).orElseGet(() -> FleetLedgers.runFile(
                config.projectDir().resolve(".retort").resolve("fleet").resolve(env.name() + ".runs")));
    }

    /** A target as a single-database command sees it: its own Retort, confirmed (the fleet asked once). */
    private TargetDatabase open(FleetTarget target) {
        Map<String, String> args = new LinkedHashMap<>(arguments);
        args.putAll(target.arguments());
        Retort.Builder builder = Retort.fromConfig(configFile, environment, urlOverride, variables)
                .database(target.connectionUrl(), target.user(), target.password())
                .arguments(args)
                .confirmed(true)
                .log(line -> { });
        target.schema().ifPresent(builder::versionTableSchema);
        Retort retort = builder.build();
        return new TargetDatabase() {
            @Override
            public List<String> current() {
                return retort.current();
            }

            @Override
            public List<String> upgrade(String to) {
                return retort.upgrade(to);
            }

            @Override
            public List<String> downgrade(String to) {
                return retort.downgrade(to);
            }

            @Override
            public void stamp(List<String> revisions, boolean purge) {
                retort.stamp(revisions, purge);
            }
        };
    }
}
