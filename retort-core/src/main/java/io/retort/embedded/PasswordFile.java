package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The superuser's password, kept in a pgpass file of the project's {@code .retort} folder (file
 * 0600, folder 0700): Retort reads it, and psql finds it through {@code PGPASSFILE} without
 * anyone typing it. One line per way in: 127.0.0.1, and the socket folder when there is one.
 *
 * @param file e.g. {@code .retort/postgres-15.pgpass}
 */
record PasswordFile(Path file) {
    private static final int RANDOM_BYTES = 24;

    /** The password, or empty when the file is missing or holds none. */
    Optional<String> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Files.readAllLines(file).stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split(":"))
                .filter(fields -> fields.length >= 5 && !fields[fields.length - 1].isEmpty())
                .map(fields -> fields[fields.length - 1])
                .findFirst();
    }

    /** A new random password: base64url only, so it needs no escaping in the file nor in a URL. */
    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Replaces the file by one holding {@code password} for {@code hosts} (127.0.0.1, a socket folder). */
    void write(String password, List<String> hosts) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# The embedded PostgreSQL's password, written by Retort. Use it with:",
                "#   PGPASSFILE=" + file + " psql -h HOST -p PORT -U " + EmbeddedPostgres.SUPERUSER,
                "# To change it, delete this file and run a Retort command that connects, e.g. `retort current`."));
        for (String host : hosts) {
            lines.add(escaped(host) + ":*:*:" + EmbeddedPostgres.SUPERUSER + ":" + password);
        }
        OwnerOnly.folder(file.getParent());
        OwnerOnly.file(file, String.join("\n", lines) + "\n");
    }

    /** A pgpass field: backslash and colon are escaped with a backslash. */
    private static String escaped(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }
}
