package io.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * retort.toml's {@code [model]} table: where autogenerate and {@code check} find the entities, and
 * which part of the database they compare. Paths are resolved against the file's folder.
 *
 * <pre>{@code
 * [model]
 * packages = ["org.smartem.db"]       # scanned for @Entity classes, subpackages included
 * sources = ["src/main/java"]         # entity sources, compiled in-process and cached; or
 * # classpath = ["target/classes"]    # class folders or jars already built
 * include_schemas = ["public"]        # the schemas compared (default: public)
 * exclude_tables = ["tmp_.*"]         # tables (regular expressions) left out of the comparison
 * }</pre>
 *
 * @param packages the packages to scan, at least one
 * @param sources entity source folders, absolute
 * @param classpath class folders or jars, absolute
 * @param includeSchemas the schemas to compare
 * @param excludeTables regular expressions of table names to leave out
 */
public record ModelSection(List<String> packages, List<Path> sources, List<Path> classpath,
        List<String> includeSchemas, List<String> excludeTables) {
    public ModelSection {
        packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
        includeSchemas = List.copyOf(includeSchemas);
        excludeTables = List.copyOf(excludeTables);
    }
}
