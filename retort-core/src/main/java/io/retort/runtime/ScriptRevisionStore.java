package io.retort.runtime;

import io.retort.Migration;
import io.retort.graph.RevisionNode;
import io.retort.script.PrecompiledRevision;
import io.retort.script.RevisionFolderScanner;
import io.retort.script.RevisionScript;
import io.retort.script.RevisionSource;
import io.retort.script.compile.RevisionCompiler;
import io.retort.script.index.ClasspathRevisions;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Revisions known by their headers, whose classes are made only for the revisions that run:
 * compiled from source files, or loaded from classes precompiled into a jar.
 */
final class ScriptRevisionStore<S extends RevisionScript> implements RevisionStore {
    private final List<S> scripts;
    private final Map<String, S> byId = new LinkedHashMap<>();
    private final Function<List<S>, Map<String, Migration>> instantiate;

    private ScriptRevisionStore(List<S> scripts, Function<List<S>, Map<String, Migration>> instantiate) {
        this.scripts = scripts;
        this.instantiate = instantiate;
        for (S s : scripts) {
            // Duplicates are the graph's to report, with both origins named; keep the first here.
            byId.putIfAbsent(s.id(), s);
        }
    }

    /** Source files in {@code folders}, compiled into {@code cache} when they run. */
    static ScriptRevisionStore<RevisionSource> sources(List<Path> folders, Path cache) {
        RevisionCompiler compiler = new RevisionCompiler(cache, ScriptRevisionStore.class.getClassLoader());
        return new ScriptRevisionStore<>(RevisionFolderScanner.scan(folders, cache.resolve("headers.bin")), compiler::load);
    }

    /** Classes listed by the {@code META-INF/retort/revisions.idx} indexes {@code loader} sees. */
    static ScriptRevisionStore<PrecompiledRevision> precompiled(ClassLoader loader) {
        ClasspathRevisions classpath = ClasspathRevisions.load(loader);
        return new ScriptRevisionStore<>(classpath.revisions(), classpath::migrations);
    }

    @Override
    public List<RevisionNode> nodes() {
        return scripts.stream().map(s -> new RevisionNode(s.id(), s.header().downRevisions(),
                s.header().branchLabels(), s.header().dependsOn(), s.header().message(), s.origin())).toList();
    }

    @Override
    public Map<String, LoadedRevision> load(Collection<String> ids) {
        List<S> wanted = ids.stream().map(byId::get).toList();
        Map<String, Migration> migrations = instantiate.apply(wanted);
        Map<String, LoadedRevision> out = new HashMap<>();
        for (S s : wanted) {
            out.put(s.id(), new LoadedRevision(s.id(), migrations.get(s.id()), RecordedChecksum.of(s.checksum()),
                    s.header().transactional(), s.origin()));
        }
        return out;
    }

    @Override
    public String created(String id) {
        S s = byId.get(id);
        return s == null ? "" : s.header().created();
    }

    @Override
    public String checksum(String id) {
        S s = byId.get(id);
        return s == null ? null : RecordedChecksum.of(s.checksum());
    }
}
