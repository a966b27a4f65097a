package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the revisions where the graph branches.")
final class BranchesCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        var graph = retort.graph();
        var text = new RevisionText(graph, List.of(), TerminalColour.detect());
        if (format == OutputFormat.json) {
            parent.out().println(text.json(graph.branchPoints().stream().map(id -> graph.find(id).orElseThrow()).toList(),
                    retort::created));
            return 0;
        }
        for (String id : graph.branchPoints()) {
            var node = graph.find(id).orElseThrow();
            parent.out().println(verbose ? text.verbose(node, retort.created(id)) : text.line(node));
            for (String child : graph.children(id)) {
                parent.out().println("  -> " + text.line(graph.find(child).orElseThrow()));
            }
        }
        return 0;
    }
}
