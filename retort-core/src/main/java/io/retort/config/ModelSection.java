// STUB: the model engineer's ModelSection replaces this file.
package io.retort.config;

import java.nio.file.Path;
import java.util.List;

public record ModelSection(List<String> packages, List<Path> sources, List<Path> classpath,
        List<String> includeSchemas, List<String> excludeTables) {}
