package io.retort.embedded;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * One server in the {@link ServerRegistry}: enough to find it again when its project is gone.
 *
 * @param projectDir the project folder
 * @param dataDir the data folder
 * @param pointerFile as root, the project's file naming the data folder: the project is gone with it
 * @param pid the server process last started, 0 if none; needed when the data folder went with the project
 */
record RegisteredServer(Path projectDir, Path dataDir, Optional<Path> pointerFile, long pid) {

    static RegisteredServer of(ServerLayout layout, long pid) {
        return new RegisteredServer(layout.projectDir(), layout.dataDir(), layout.pointerFile(), pid);
    }

    /** Whether the project folder, or as root its pointer file, no longer exists. */
    boolean projectGone() {
        return !Files.isDirectory(projectDir) || pointerFile.map(Files::notExists).orElse(false);
    }

    Path lockFile() {
        return ServerLayout.lockFileOf(dataDir);
    }

    /** The file in the registry that holds this entry. */
    String fileName() {
        return ServerLayout.hash(dataDir) + ".server";
    }

    String text() {
        Properties p = new Properties();
        p.setProperty("project", projectDir.toString());
        p.setProperty("data", dataDir.toString());
        pointerFile.ifPresent(pointer -> p.setProperty("pointer", pointer.toString()));
        p.setProperty("pid", String.valueOf(pid));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "An embedded PostgreSQL started by Retort; `retort db list` shows them all.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replaceFirst("(?m)^#(?!.*Retort).*\\R", ""); // no date line: rewritten only when it changes
    }

    /** The entry in {@code text}, or empty when it is not one. */
    static Optional<RegisteredServer> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            return Optional.of(new RegisteredServer(Path.of(p.getProperty("project")), Path.of(p.getProperty("data")),
                    Optional.ofNullable(p.getProperty("pointer")).map(Path::of), Long.parseLong(p.getProperty("pid", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
