package io.retort.cli;

import picocli.CommandLine.Command;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; each subcommand is its own class. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        version = "retort 0.1.0",
        description = "Database schema migrations for Java: a graph of revision files, applied to PostgreSQL.",
        subcommands = {
            InitCommand.class,
            RevisionCommand.class,
            MergeCommand.class,
            UpgradeCommand.class,
            DowngradeCommand.class,
            StampCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            HeadsCommand.class,
            BranchesCommand.class,
            ShowCommand.class,
            DbCommand.class
        })
final class RetortCommand {
    @Mixin ProjectOptions project;

    @Spec CommandSpec spec;

    /** Where commands print their results; tests capture it. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
