package io.retort.runtime;

import io.retort.RetortException;
import io.retort.graph.RevisionNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Precompiled revisions plus the source files that are not among them: an application's jar with
 * the revisions of its release, and a folder with newer ones. A revision in both runs from its
 * class, after its checksum shows the class was compiled from that very file.
 */
final class CombinedRevisionStore implements RevisionStore {
    private final RevisionStore precompiled;
    private final RevisionStore sources;
    private final Set<String> precompiledIds;

    CombinedRevisionStore(RevisionStore precompiled, RevisionStore sources) {
        this.precompiled = precompiled;
        this.sources = sources;
        this.precompiledIds = precompiled.nodes().stream().map(RevisionNode::id).collect(Collectors.toSet());
        for (RevisionNode source : sources.nodes()) {
            if (precompiledIds.contains(source.id())) {
                requireSameChecksum(source);
            }
        }
    }

    private void requireSameChecksum(RevisionNode source) {
        String compiled = precompiled.checksum(source.id());
        if (compiled == null || !compiled.equals(sources.checksum(source.id()))) {
            RevisionNode jar = precompiled.nodes().stream().filter(n -> n.id().equals(source.id())).findFirst().orElseThrow();
            throw new RetortException("revision " + source.id() + " is both precompiled (" + jar.origin() + ") and a source file ("
                    + source.origin() + "), and " + (compiled == null ? "the class's index has no checksum to compare"
                    : "their checksums differ: the class was compiled from another version of the file") + "; rebuild the jar, or remove one of the two");
        }
    }

    @Override
    public List<RevisionNode> nodes() {
        return Stream.concat(precompiled.nodes().stream(),
                sources.nodes().stream().filter(n -> !precompiledIds.contains(n.id()))).toList();
    }

    @Override
    public Map<String, LoadedRevision> load(Collection<String> ids) {
        Map<Boolean, List<String>> split = ids.stream().collect(Collectors.partitioningBy(precompiledIds::contains));
        Map<String, LoadedRevision> out = new HashMap<>();
        if (!split.get(true).isEmpty()) {
            out.putAll(precompiled.load(split.get(true)));
        }
        if (!split.get(false).isEmpty()) {
            out.putAll(sources.load(split.get(false))); // only these start the compiler
        }
        return out;
    }

    @Override
    public String created(String id) {
        return (precompiledIds.contains(id) ? precompiled : sources).created(id);
    }

    @Override
    public String checksum(String id) {
        return (precompiledIds.contains(id) ? precompiled : sources).checksum(id);
    }
}
