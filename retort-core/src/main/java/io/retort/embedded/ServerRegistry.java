package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The servers Retort started for this user: one small file each in
 * {@code ${XDG_STATE_HOME:-~/.local/state}/retort/servers}, or as root in
 * {@code /var/tmp/retort-root/servers}, so that {@code retort db list} finds them all and a server
 * whose project is gone can still be found, stopped and removed.
 */
record ServerRegistry(Path folder) {

    static ServerRegistry of(ServerAccount account, Map<String, String> env) {
        if (account.isOtherAccount()) {
            return new ServerRegistry(ServerLayout.ROOT_BASE.resolve("servers"));
        }
        String state = env.getOrDefault("XDG_STATE_HOME", "");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path base = state.isEmpty() ? Path.of(home, ".local", "state") : Path.of(state);
        return new ServerRegistry(base.resolve("retort").resolve("servers"));
    }

    /** Writes {@code server}'s entry, unless it is already there as it is. */
    void record(RegisteredServer server, ServerAccount account) throws IOException {
        Path file = folder.resolve(server.fileName());
        String text = server.text();
        if (Files.exists(file) && Files.readString(file).equals(text)) {
            return;
        }
        if (account.isOtherAccount()) {
            ServerLayout.makeRootFolder(folder);
        } else {
            OwnerOnly.folder(folder);
        }
        OwnerOnly.file(file, text);
    }

    void forget(RegisteredServer server) throws IOException {
        Files.deleteIfExists(folder.resolve(server.fileName()));
    }

    /** Every entry, in no particular order; unreadable files are skipped. */
    List<RegisteredServer> servers() throws IOException {
        List<RegisteredServer> servers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".server"))::iterator) {
                try {
                    RegisteredServer.parse(Files.readString(file)).ifPresent(servers::add);
                } catch (NoSuchFileException e) {
                    // forgotten meanwhile by another command
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return servers;
    }
}
