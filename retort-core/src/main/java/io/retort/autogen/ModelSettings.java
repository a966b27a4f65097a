package io.retort.autogen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the entity model comes from: the packages to scan, and the entity source folders
 * (compiled in-process and cached) or class folders and jars (already built) that hold them.
 *
 * @param packages the packages whose {@code @Entity} classes make the model, subpackages included
 * @param sources source folders whose {@code .java} files are compiled together
 * @param classpath class folders or jars
 */
public record ModelSettings(List<String> packages, List<Path> sources, List<Path> classpath) {
    public ModelSettings {
        packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        classpath = List.copyOf(Objects.requireNonNull(classpath, "classpath"));
    }
}
