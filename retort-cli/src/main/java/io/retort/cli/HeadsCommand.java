package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the heads of the revision graph.")
final class HeadsCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Treat depends_on as parents when finding heads.")
    boolean resolveDependencies;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        var graph = retort.graph();
        var text = new RevisionText(graph, List.of(), TerminalColour.detect());
        if (format == OutputFormat.json) {
            parent.out().println(text.json(graph.heads(resolveDependencies).stream().map(id -> graph.find(id).orElseThrow()).toList(),
                    retort::created));
            return 0;
        }
        for (String id : graph.heads(resolveDependencies)) {
            var node = graph.find(id).orElseThrow();
            parent.out().println(verbose ? text.verbose(node, retort.created(id)) : text.shortLine(node));
        }
        return 0;
    }
}
