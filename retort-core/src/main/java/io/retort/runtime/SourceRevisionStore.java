package io.retort.runtime;

import io.retort.Migration;
import io.retort.graph.RevisionNode;
import io.retort.script.RevisionCompiler;
import io.retort.script.RevisionScripts;
import io.retort.script.RevisionSource;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Revisions from source files: headers are read as text; only the revisions that run are compiled. */
final class SourceRevisionStore implements RevisionStore {
    private final List<RevisionSource> all;
    private final Map<String, RevisionSource> sources = new LinkedHashMap<>();
    private final Path cache;

    SourceRevisionStore(List<Path> folders, Path cache) {
        this.cache = cache;
        this.all = RevisionScripts.scan(folders);
        for (RevisionSource s : all) {
            // Duplicates are the graph's to report, with both files named; keep the first here.
            sources.putIfAbsent(s.header().id(), s);
        }
    }

    @Override
    public List<RevisionNode> nodes() {
        return all.stream().map(s -> new RevisionNode(s.header().id(), s.header().downRevisions(),
                s.header().branchLabels(), s.header().dependsOn(), s.header().message(), s.origin())).toList();
    }

    @Override
    public String created(String id) {
        RevisionSource s = sources.get(id);
        return s == null ? "" : s.header().created();
    }

    @Override
    public Map<String, LoadedRevision> load(Collection<String> ids) {
        List<RevisionSource> wanted = ids.stream().map(sources::get).toList();
        Map<String, Migration> migrations = new RevisionCompiler(cache, getClass().getClassLoader()).load(wanted);
        Map<String, LoadedRevision> out = new HashMap<>();
        for (RevisionSource s : wanted) {
            out.put(s.header().id(), new LoadedRevision(s.header().id(), migrations.get(s.header().id()),
                    s.checksum(), s.header().transactional(), s.origin()));
        }
        return out;
    }
}
