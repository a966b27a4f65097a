package io.retort.cli;

import io.retort.Retort;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a new project: retort.toml, a versions folder and the revision template.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "DIRECTORY", defaultValue = ".", description = "Where to write it.")
    Path directory;

    @Override
    public Integer call() {
        for (Path written : Retort.init(directory)) {
            parent.out().println("Creating " + written);
        }
        String config = directory.normalize().toString().isEmpty() ? "" : "-c " + directory.resolve("retort.toml") + " ";
        parent.out().println("Ready: its development environment is the embedded PostgreSQL. Next: retort " + config
                + "revision -m \"first change\"");
        return 0;
    }
}
