package io.retort.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The read-only commands in their plainest form ({@code current}, {@code heads}, {@code history},
 * {@code upgrade [TARGET]}, after only {@code -c}, {@code --env} and {@code --url}), run without
 * picocli. Building picocli's model costs a command more than a no-op run at head does: its
 * classes are compiled for Java 5, so they are verified the slow way and no class-data archive or
 * AOT cache can hold them. Anything else (another option, a flag, help) goes to picocli.
 */
final class DirectRun {
    private DirectRun() {}

    /** The command {@code args} name, wired as picocli would, or empty when picocli must parse them. */
    static Optional<Callable<Integer>> command(PrintWriter out, PrintWriter err, String... args) {
        RetortCommand top = new RetortCommand();
        top.project = new ProjectOptions();
        top.out = out;
        top.err = err;
        top.project.err = err;
        int i = 0;
        for (; i + 1 < args.length && args[i].startsWith("-"); i += 2) {
            switch (args[i]) {
                case "-c", "--config" -> top.project.config = Path.of(args[i + 1]);
                case "--env" -> top.project.environment = args[i + 1];
                case "--url" -> top.project.url = args[i + 1];
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (i >= args.length || args.length - i > 2 || args[args.length - 1].startsWith("-")) {
            return Optional.empty();
        }
        boolean bare = args.length - i == 1;
        return switch (args[i]) {
            case "current" -> bare ? Optional.of(current(top)) : Optional.empty();
            case "heads" -> bare ? Optional.of(heads(top)) : Optional.empty();
            case "history" -> bare ? Optional.of(history(top)) : Optional.empty();
            case "upgrade" -> Optional.of(upgrade(top, bare ? "head" : args[i + 1]));
            default -> Optional.empty();
        };
    }

    private static Callable<Integer> current(RetortCommand top) {
        CurrentCommand command = new CurrentCommand();
        command.parent = top;
        return command;
    }

    private static Callable<Integer> heads(RetortCommand top) {
        HeadsCommand command = new HeadsCommand();
        command.parent = top;
        return command;
    }

    private static Callable<Integer> history(RetortCommand top) {
        HistoryCommand command = new HistoryCommand();
        command.parent = top;
        return command;
    }

    private static Callable<Integer> upgrade(RetortCommand top, String target) {
        UpgradeCommand command = new UpgradeCommand();
        command.parent = top;
        command.target = target;
        return command;
    }
}
