package io.retort.cli;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "START:END", description = "Only this range, such as 002:head or -3:current.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s).")
    boolean indicateCurrent;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json: one object, for scripts.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        var graph = retort.graph();
        boolean needsDatabase = indicateCurrent || RevisionGraph.historyReadsCurrent(range);
        List<String> current = needsDatabase ? retort.current() : List.of();
        var text = new RevisionText(graph, indicateCurrent ? current : List.of(), TerminalColour.detect());
        if (format == OutputFormat.json) {
            parent.out().println(text.json(graph.history(range, current), retort::created));
            return 0;
        }
        for (RevisionNode node : graph.history(range, current)) {
            parent.out().println(verbose ? text.verbose(node, retort.created(node.id())) : text.line(node));
        }
        return 0;
    }
}
