package io.retort.maven;

import io.retort.Retort;
import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the revisions newest first, {@code parent -> id (head), message}, like {@code retort history}. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HistoryMojo extends RetortMojo {
    /** Only this range, such as 002:head; a range naming {@code current} reads the database. */
    @Parameter(property = "retort.target")
    String target;

    @Override
    void run(Retort retort) {
        RevisionGraph graph = retort.graph();
        List<String> current = RevisionGraph.historyReadsCurrent(target) ? retort.current() : List.of();
        Set<String> heads = Set.copyOf(graph.heads());
        for (RevisionNode node : graph.history(target, current)) {
            String parents = node.downRevisions().isEmpty() ? "<base>" : String.join(", ", node.downRevisions());
            getLog().info(parents + " -> " + node.id() + (heads.contains(node.id()) ? " (head)" : "") + ", " + node.message());
        }
    }
}
