package io.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        List<String> current = retort.current();
        var graph = retort.graph();
        var text = new RevisionText(graph, List.of(), TerminalColour.detect());
        if (format == OutputFormat.json) {
            var known = current.stream().flatMap(id -> graph.find(id).stream()).toList();
            parent.out().println(new RevisionText(graph, current).json(known, retort::created)
                    .put("database", retort.describeTarget())
                    .put("current", current)
                    .put("unknown", current.stream().filter(id -> graph.find(id).isEmpty()).toList()));
            return 0;
        }
        if (verbose) {
            parent.out().println("Current revision(s) for " + retort.describeTarget() + ":");
        }
        for (String id : current) {
            var node = graph.find(id);
            if (node.isEmpty()) {
                parent.out().println(id + " (not in the revision files)");
            } else if (verbose) {
                parent.out().println(text.verbose(node.get(), retort.created(id)));
            } else {
                parent.out().println(text.shortLine(node.get()));
            }
        }
        return 0;
    }
}
