package io.retort.script.index;

import io.retort.Migration;
import io.retort.RetortException;
import io.retort.script.MigrationInstantiator;
import io.retort.script.PrecompiledRevision;
import java.io.IOException;
import java.net.URL;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions compiled ahead of time: the classes listed by every
 * {@code META-INF/retort/revisions.idx} a class loader can see (written by
 * {@link RevisionIndexProcessor}). Needs no Java compiler.
 */
public final class ClasspathRevisions {
    private final ClassLoader loader;
    private final List<PrecompiledRevision> revisions;

    private ClasspathRevisions(ClassLoader loader, List<PrecompiledRevision> revisions) {
        this.loader = loader;
        this.revisions = revisions;
    }

    /**
     * Reads the indexes {@code loader} sees. Loads no revision class.
     *
     * @throws RetortException when an index cannot be read
     */
    public static ClasspathRevisions load(ClassLoader loader) {
        Set<PrecompiledRevision> found = new LinkedHashSet<>();
        for (URL index : Collections.list(resources(loader))) {
            for (RevisionIndex.Entry entry : RevisionIndex.read(index)) {
                found.add(new PrecompiledRevision(entry.className(), entry.header(), entry.checksum(), index.toString()));
            }
        }
        return new ClasspathRevisions(loader, found.stream()
                .sorted(Comparator.comparing(PrecompiledRevision::className).thenComparing(PrecompiledRevision::index))
                .toList());
    }

    private static Enumeration<URL> resources(ClassLoader loader) {
        try {
            return loader.getResources(RevisionIndex.RESOURCE);
        } catch (IOException e) {
            throw new RetortException("cannot list " + RevisionIndex.RESOURCE + " resources: " + e.getMessage(), e);
        }
    }

    /** The listed revisions, sorted by class name. Duplicate ids are left for the revision graph. */
    public List<PrecompiledRevision> revisions() {
        return revisions;
    }

    /**
     * Loads and instantiates the given revisions' classes.
     *
     * @return revision id → a new instance, in the order given
     * @throws RetortException when a class is missing or cannot be instantiated
     */
    public Map<String, Migration> migrations(Collection<PrecompiledRevision> which) {
        Map<String, Migration> migrations = new LinkedHashMap<>();
        for (PrecompiledRevision revision : which) {
            migrations.put(revision.id(), MigrationInstantiator.instantiate(revision, loader));
        }
        return migrations;
    }
}
