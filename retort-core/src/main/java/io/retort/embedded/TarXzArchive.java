package io.retort.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks a {@code .txz} (tar + xz) archive, keeping executable bits, symbolic and hard links. */
final class TarXzArchive {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private TarXzArchive() {}

    /**
     * Unpacks into {@code target}, which must exist. Everything ends up readable by all users
     * (and folders enterable by all) because, when Retort runs as root, the server runs as another
     * account that must reach the binaries.
     */
    static void extract(InputStream archive, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path out = inside(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                if (entry.isSymbolicLink()) {
                    // A link is kept relative so the tree still works after the folder is renamed.
                    Path link = Path.of(entry.getLinkName());
                    inside(root, out.getParent().resolve(link).toString());
                    Files.createSymbolicLink(out, link);
                } else if (entry.isLink()) {
                    Files.createLink(out, inside(root, entry.getLinkName()));
                } else {
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, readableByAll(entry.getMode()));
                }
            }
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        }
    }

    private static Path inside(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry " + name + " points outside the folder it is unpacked into");
        }
        return path;
    }

    private static Set<PosixFilePermission> readableByAll(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
