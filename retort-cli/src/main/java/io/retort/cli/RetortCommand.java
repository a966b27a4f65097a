package io.retort.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; each subcommand is its own class. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        version = "retort 0.1.0",
        description = "Database schema migrations for Java: a graph of revision files, applied to PostgreSQL.")
final class RetortCommand {
    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class, RevisionCommand.class, MergeCommand.class, UpgradeCommand.class,
            DowngradeCommand.class, StampCommand.class, CurrentCommand.class, HistoryCommand.class,
            HeadsCommand.class, BranchesCommand.class, ShowCommand.class, CheckCommand.class, DbCommand.class,
            ValidateCommand.class, RepairCommand.class, LintCommand.class, VerifyCommand.class,
            FleetCommand.class, LogCommand.class, GraphCommand.class, CompletionCommand.class,
            RevisionWordsCommand.class, BackupCommand.class, RestoreCommand.class, RehearseCommand.class);

    /** Options of the top command that take a value, so a value is not taken for the subcommand's name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("-c", "--config", "--env", "--url", "-x");

    /**
     * The command line for {@code args}. Building picocli's model of every subcommand costs more
     * than a no-op run itself, so only the subcommand named is built; help and mistakes get all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new RetortCommand());
        String named = subcommandName(args);
        boolean known = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(named));
        for (Class<?> command : SUBCOMMANDS) {
            if (!known || name(command).equals(named)) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static String subcommandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS_WITH_VALUES.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    @Mixin ProjectOptions project;

    @Spec CommandSpec spec;

    /** The writers of a command run without picocli ({@link DirectRun}); null under picocli. */
    PrintWriter out;
    PrintWriter err;

    /** Where commands print their results; tests capture it. */
    PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    /** Where commands print notes, warnings and timings. */
    PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }
}
