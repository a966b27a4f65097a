package io.retort.embedded;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files only their owner may open: 0700 and 0600. Where the file system has no POSIX
 * permissions (Windows) they are made without, as the user's own files are already private there.
 */
final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates {@code folder} if needed and makes it 0700, also when it already existed. */
    static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * Replaces {@code file} with {@code content}, mode 0600 from the first byte on: written to a
     * new file beside it, then moved over it, so a reader sees the old content or the new.
     */
    static void file(Path file, String content) throws IOException {
        Path temp = POSIX
                ? Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
