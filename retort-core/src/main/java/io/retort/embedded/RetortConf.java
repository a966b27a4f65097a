package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code retort.conf}, the settings Retort owns in a data folder, included from postgresql.conf. */
final class RetortConf {
    private static final Pattern PORT_SETTING = Pattern.compile("(?m)^port\\s*=\\s*(\\d+)");

    private RetortConf() {}

    static Path of(Path dataDir) {
        return dataDir.resolve("retort.conf");
    }

    /** The port the server listens on, or will at its next start. */
    static Optional<Integer> port(Path dataDir) throws IOException {
        try {
            Matcher m = PORT_SETTING.matcher(Files.readString(of(dataDir)));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
