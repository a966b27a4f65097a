package io.retort.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup (from 'retort backup', or pg_dump -Fc) into the database with pg_restore, in one"
                + " transaction; refuses a database that holds tables unless --clean.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--clean", description = "Drop every schema's contents first, then restore: the database becomes the backup.")
    boolean clean;

    @Option(names = "--yes", description = "Confirm the restore in an environment that asks for confirmation.")
    boolean confirmed;

    @Override
    public Integer call() {
        var retort = TerminalConfirmation.retort(parent, confirmed, r -> List.of("restore " + file + " into "
                + r.describeTarget() + (clean ? ", replacing everything in it" : "")), "Run this on %2$s?");
        if (retort.isEmpty()) {
            return 1;
        }
        retort.get().restore(file, clean);
        parent.out().println("restored " + file + " into " + retort.get().describeTarget());
        return 0;
    }
}
