package io.retort.autogen;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code revision --autogenerate} did.
 *
 * @param file the revision written; empty when the model matched and no empty revision was asked for
 * @param report the comparison the file was generated from
 */
public record AutogenResult(Optional<Path> file, CheckReport report) {}
