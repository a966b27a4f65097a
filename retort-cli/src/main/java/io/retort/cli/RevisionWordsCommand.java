package io.retort.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort __complete-revisions}, for the completion scripts: every word a revision argument
 * may be (ids, branch labels, {@code label@head}, head, heads, base), one a line, from the headers
 * alone: no compiling, no database.
 */
@Command(name = "__complete-revisions", hidden = true, description = "The revision words completion offers, one a line.")
final class RevisionWordsCommand implements Callable<Integer> {
    @ParentCommand RetortCommand parent;

    @Override
    public Integer call() {
        var graph = parent.project.retort().graph();
        Set<String> words = new LinkedHashSet<>(java.util.List.of("head", "heads", "base"));
        for (var node : graph.topological()) {
            words.add(node.id());
            for (String label : node.branchLabels()) {
                words.add(label);
                words.add(label + "@head");
            }
        }
        words.forEach(parent.out()::println);
        return 0;
    }
}
