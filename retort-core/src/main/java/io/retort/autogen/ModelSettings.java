// STUB: the model engineer's ModelSettings replaces this file.
package io.retort.autogen;

import java.nio.file.Path;
import java.util.List;

public record ModelSettings(List<String> packages, List<Path> sources, List<Path> classpath) {}
