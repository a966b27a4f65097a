package io.retort.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An environment's {@code lint}: what {@code upgrade} does with findings about the revisions it is to run. */
public enum LintLevel {
    /** Does not lint. */
    OFF,
    /** Prints warnings and errors, runs anyway (the default). */
    WARN,
    /** Prints them, and refuses to run, changing nothing, while there is an error. */
    ERROR;

    public static Optional<LintLevel> fromConfigName(String value) {
        return Arrays.stream(values()).filter(l -> l.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
    }
}
