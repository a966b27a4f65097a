package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a data folder's {@code postmaster.pid} says: the server's process and port.
 *
 * @param port 0 while a starting server has not written it yet
 */
record PostmasterFile(long pid, int port) {

    static Optional<PostmasterFile> read(Path dataDir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().map(String::trim).toList();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).matches("\\d+")) {
            return Optional.empty();
        }
        int port = lines.size() > 3 && lines.get(3).matches("\\d+") ? Integer.parseInt(lines.get(3)) : 0;
        return Optional.of(new PostmasterFile(Long.parseLong(lines.get(0)), port));
    }

    /** Whether the process lives and is a postgres program (its number may have been reused after a reboot). */
    boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(true))
                .orElse(false);
    }
}
