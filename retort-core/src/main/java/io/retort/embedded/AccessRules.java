package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The server's pg_hba.conf. Retort's rules ask every connection, over TCP and over the Unix socket,
 * for the password: {@code trust} would let in every local user, and {@code peer} every process of
 * the server's account, which as root is the shared {@code nobody}.
 */
final class AccessRules {
    static final String RETORTS = """
            # Written by Retort: every connection needs the password (scram-sha-256), over the Unix
            # socket (local) as over TCP (host). Lines with trust, peer or ident are replaced at start.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;
    private static final Set<String> WITHOUT_PASSWORD = Set.of("trust", "peer", "ident");

    private AccessRules() {}

    /** Whether a rule of {@code hba} lets someone in without the password, as servers made by earlier Retorts do. */
    static boolean letInWithoutPassword(Path hba) throws IOException {
        return Files.readAllLines(hba).stream()
                .map(line -> line.replaceFirst("#.*", ""))
                .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                .anyMatch(word -> WITHOUT_PASSWORD.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** Replaces {@code hba} by Retort's rules, owned by the server account, which must read it. */
    static void write(Path hba, ServerAccount account) throws IOException {
        Files.writeString(hba, RETORTS);
        account.own(hba);
    }
}
