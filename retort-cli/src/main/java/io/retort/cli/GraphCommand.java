package io.retort.cli;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort graph}: the revision graph drawn in the terminal, or as DOT or SVG. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Draw the revision graph: in the terminal like git log --graph (current revisions marked), or as DOT or SVG.")
final class GraphCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Option(names = "--format", paramLabel = "text|dot|svg", description = "text (default), dot (Graphviz) or svg (drawn by Retort).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--offline", description = "Do not read the database: no current revisions marked.")
    boolean offline;

    enum Format { text, dot, svg }

    @Override
    public Integer call() {
        var retort = parent.project.retort();
        var graph = retort.graph();
        Set<String> current = offline ? Set.of() : current(retort);
        String drawing = switch (format) {
            case text -> {
                var text = new RevisionText(graph, current, output == null ? TerminalColour.detect() : TerminalColour.NONE);
                yield String.join("\n", GraphLanes.draw(graph, text::graphLine)) + "\n";
            }
            case dot -> GraphDot.of(graph, current);
            case svg -> GraphSvg.of(graph, current);
        };
        if (output == null) {
            parent.out().print(drawing);
            return 0;
        }
        try {
            Files.writeString(output, drawing);
        } catch (IOException e) {
            throw new RetortException("cannot write " + output + ": " + e.getMessage() + "; check the folder exists and is writable");
        }
        parent.err().println("Wrote the graph of " + graph.topological().size() + " revision(s) to " + output);
        return 0;
    }

    /** The database's revisions; none, with a note, when it cannot be reached: the drawing does not need it. */
    private Set<String> current(io.retort.Retort retort) {
        try {
            return Set.copyOf(retort.current());
        } catch (RetortException e) {
            parent.err().println("retort: note: current revisions not marked (" + e.getMessage() + "); --offline skips the database");
            return Set.of();
        }
    }
}
