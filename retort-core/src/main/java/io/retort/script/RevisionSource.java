package io.retort.script;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A revision file read without compiling it.
 *
 * @param file      the file, as found in its versions folder
 * @param className the fully qualified class name (with the package, if the file declares one)
 * @param header    the {@code @Revision} values
 * @param checksum  SHA-256 (hex) of the file's tokens: reformatting and comments do not change it,
 *                  any code edit does
 */
public record RevisionSource(Path file, String className, RevisionHeader header, String checksum)
        implements RevisionScript {

    public RevisionSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(checksum, "checksum");
    }

    @Override
    public String origin() {
        return file.toString();
    }
}
