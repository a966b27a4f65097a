package io.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code retort completion bash|zsh}: prints the shell's completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the completion script for bash or zsh: commands, options, revision ids and labels."
                + " bash: source <(retort completion bash) in ~/.bashrc; zsh: source <(retort completion zsh) in ~/.zshrc.")
final class CompletionCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell.")
    Shell shell;

    enum Shell { bash, zsh }

    @Override
    public Integer call() {
        var every = RetortCommand.commandLine();
        parent.out().print(shell == Shell.bash ? CompletionScript.bash(every) : CompletionScript.zsh(every));
        return 0;
    }
}
