package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision in full.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Parameters(index = "0", paramLabel = "REVISION", description = "An id, a unique prefix, head, label@head, ...")
    String revision;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        var graph = retort.graph();
        var text = new RevisionText(graph, List.of(), TerminalColour.detect());
        if (format == OutputFormat.json) {
            parent.out().println(text.json(graph.resolve(revision, List.of()).stream().map(id -> graph.find(id).orElseThrow()).toList(),
                    retort::created));
            return 0;
        }
        for (String id : graph.resolve(revision, List.of())) {
            parent.out().println(text.verbose(graph.find(id).orElseThrow(), retort.created(id)));
        }
        return 0;
    }
}
