package io.retort.script.authoring;

import io.retort.RetortException;
import io.retort.graph.GraphException;
import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import io.retort.script.RevisionIds;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes new revision files where Alembic would: on the single head (or the one named), as a new
 * root for {@code --head base}, or as a merge of several revisions.
 */
public final class RevisionAuthoring {
    private final RevisionGraph graph;
    private final List<Path> locations;
    private final RevisionWriter writer;

    /**
     * @param graph the revisions there are
     * @param locations the script locations, the first being the default folder
     */
    public RevisionAuthoring(RevisionGraph graph, List<Path> locations, RevisionWriter writer) {
        this.graph = graph;
        this.locations = locations;
        this.writer = writer;
    }

    /** Writes the new revision file; returns its path. */
    public Path write(RevisionRequest request) {
        return write(request, "", "", List.of());
    }

    /** Writes a revision whose methods hold {@code upgrades} and {@code downgrades} (generated code) and needs {@code imports}. */
    public Path write(RevisionRequest request, String upgrades, String downgrades, List<String> imports) {
        List<String> parents = request.mergeOf().isEmpty() ? parentsFor(request) : mergeParents(request.mergeOf());
        String id = request.revId() == null ? RevisionIds.generate() : RevisionIds.requireValid(request.revId());
        if (graph.find(id).isPresent()) {
            throw new RetortException("revision id " + id + " is already used by " + graph.find(id).get().origin()
                    + "; choose another --rev-id");
        }
        for (String dep : request.dependsOn()) {
            graph.resolve(dep, List.of());
        }
        NewRevision revision = NewRevision.of(id, parents, request.message(), LocalDateTime.now())
                .withBranchLabels(request.branchLabels())
                .withDependsOn(request.dependsOn())
                .withBody(upgrades, downgrades, imports);
        requireAccepted(revision);
        return writer.write(folderFor(request, parents), revision);
    }

    /**
     * Checks the graph with the new revision in it as the next command will (reserved ids and
     * labels, labels taken), so a file every later command would refuse is never written.
     */
    private void requireAccepted(NewRevision revision) {
        List<RevisionNode> nodes = new ArrayList<>(graph.topological());
        nodes.add(RevisionNode.of(revision.id(), revision.down().toArray(String[]::new))
                .withBranchLabels(revision.branchLabels().toArray(String[]::new))
                .withDependsOn(revision.dependsOn().toArray(String[]::new)));
        try {
            RevisionGraph.of(nodes);
        } catch (GraphException e) {
            throw new RetortException("no revision written: " + e.getMessage(), e);
        }
    }

    private List<String> parentsFor(RevisionRequest request) {
        String head = request.head() == null ? "head" : request.head();
        if (head.equals("base")) {
            return List.of();
        }
        if (head.equals("head") && graph.heads().size() > 1) {
            throw new RetortException("there are several heads (" + String.join(", ", graph.heads())
                    + "); name the one to build on with --head, or join them first with 'retort merge heads'");
        }
        List<String> resolved = graph.resolve(head, List.of());
        for (String id : resolved) {
            if (!request.splice() && !graph.heads().contains(id)) {
                throw new RetortException("revision " + id + " is not a head; pass --splice to start a branch from it");
            }
        }
        return resolved;
    }

    private List<String> mergeParents(List<String> targets) {
        List<String> parents = new ArrayList<>();
        for (String target : targets) {
            for (String id : graph.resolve(target, List.of())) {
                if (!parents.contains(id)) {
                    parents.add(id);
                }
            }
        }
        if (parents.size() < 2) {
            throw new RetortException("a merge needs at least two revisions; " + targets + " names " + parents);
        }
        return parents;
    }

    /** The --version-path, else the folder of the first parent's file, else the first location. */
    private Path folderFor(RevisionRequest request, List<String> parents) {
        if (request.versionPath() != null) {
            Path wanted = request.versionPath().toAbsolutePath().normalize();
            if (locations.stream().noneMatch(l -> l.toAbsolutePath().normalize().equals(wanted))) {
                throw new RetortException("--version-path " + request.versionPath()
                        + " is not one of the script locations " + locations + "; add it to script_locations first");
            }
            return wanted;
        }
        for (String parent : parents) {
            RevisionNode node = graph.find(parent).orElseThrow();
            if (node.origin() != null) {
                Path folder = Path.of(node.origin()).toAbsolutePath().getParent();
                if (locations.stream().anyMatch(l -> l.toAbsolutePath().normalize().equals(folder.normalize()))) {
                    return folder;
                }
            }
        }
        return locations.get(0);
    }
}
