package io.retort.cli;

import io.retort.RetortException;
import io.retort.RetortFleet;
import io.retort.fleet.FleetOptions;
import io.retort.fleet.FleetReport;
import io.retort.fleet.FleetStatus;
import io.retort.fleet.Shard;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "Run a command on every target of retort.toml's [fleet]: databases, or schemas of one database.")
final class FleetCommand {
    @ParentCommand RetortCommand parent;

    /** The options every fleet subcommand takes. */
    static final class Selection {
        @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
                description = "Targets at once, each on its own connection (default: ${DEFAULT-VALUE}).")
        int parallel;

        @Option(names = "--shard", paramLabel = "i/M",
                description = "Only the targets whose stable hash mod M is i: M machines split a fleet with no overlap.")
        String shard;

        FleetOptions options(int canary, int maxFailures) {
            return new FleetOptions(parallel, Optional.ofNullable(shard).map(Shard::parse), canary, maxFailures);
        }
    }

    /** The options of the subcommands that change targets. */
    static final class Changes {
        @Mixin Selection selection;

        @Option(names = "--canary", paramLabel = "K", defaultValue = "0",
                description = "Run the first K targets first, and stop if one of them fails.")
        int canary;

        @Option(names = "--max-failures", paramLabel = "F", defaultValue = "0",
                description = "Failed targets to tolerate; one more and no new target starts (default: ${DEFAULT-VALUE}).")
        int maxFailures;

        @Option(names = "--yes", description = "Confirm in an environment that asks for confirmation.")
        boolean confirmed;

        FleetOptions options() {
            return selection.options(canary, maxFailures);
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "Plan every target, then upgrade those behind; one line per target as it finishes.")
    int upgrade(@Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
                        description = "Where to go (default: ${DEFAULT-VALUE}).") String target,
                @Mixin Changes changes) {
        return report(fleet().upgrade(target, changes.options(), changes.confirmed, this::say));
    }

    @Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Downgrade every target to TARGET.")
    int downgrade(@Parameters(index = "0", paramLabel = "TARGET", description = "-1, an id, base, ...") String target,
                  @Mixin Changes changes) {
        return report(fleet().downgrade(target, changes.options(), changes.confirmed, this::say));
    }

    @Command(name = "stamp", mixinStandardHelpOptions = true, description = "Set every target's version table, running nothing.")
    int stamp(@Parameters(arity = "1..*", paramLabel = "REV") List<String> revisions,
              @Option(names = "--purge", description = "Empty the version table first.") boolean purge,
              @Mixin Changes changes) {
        return report(fleet().stamp(revisions, purge, changes.options(), changes.confirmed, this::say));
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each target's revisions, whether it is behind, and its last run's outcome and duration.")
    int status(@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                       description = "table or json (default: ${DEFAULT-VALUE}).") String format,
               @Mixin Selection selection) {
        if (!format.equals("table") && !format.equals("json")) {
            throw new RetortException("--format " + format + ": use table or json");
        }
        List<FleetStatus.Row> rows = fleet().status(selection.options(0, 0));
        parent.out().print(format.equals("json") ? FleetStatus.json(rows) : FleetStatus.table(rows));
        return rows.stream().allMatch(r -> r.error().isEmpty()) ? 0 : 1;
    }

    @Command(name = "current", mixinStandardHelpOptions = true, description = "The revision(s) each target is at.")
    int current(@Mixin Selection selection) {
        List<FleetStatus.Row> rows = fleet().status(selection.options(0, 0));
        for (FleetStatus.Row r : rows) {
            parent.out().println(r.target() + ": " + (!r.error().isEmpty() ? "unreachable: " + r.error()
                    : r.current().isEmpty() ? "base" : String.join(" ", r.current())));
        }
        return rows.stream().allMatch(r -> r.error().isEmpty()) ? 0 : 1;
    }

    private RetortFleet fleet() {
        ProjectOptions p = parent.project;
        return RetortFleet.fromConfig(p.config, p.environment, p.url, System.getenv(), p.arguments);
    }

    private void say(String line) {
        parent.out().println(line);
        parent.out().flush();
    }

    private int report(FleetReport report) {
        say(report.summary());
        return report.failed().isEmpty() ? 0 : 1;
    }
}
