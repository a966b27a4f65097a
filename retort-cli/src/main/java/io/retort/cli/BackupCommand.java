package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Dump the database with pg_dump (custom format) into the environment's backup_dir"
                + " (default .retort/backups beside retort.toml), keeping the newest backup_keep (default 10);"
                + " prints the file.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Override
    public Integer call() {
        parent.out().println(parent.project.retort().backup());
        return 0;
    }
}
