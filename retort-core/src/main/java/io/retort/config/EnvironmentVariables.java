package io.retort.config;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} with process environment variables, as a
 * POSIX shell does: the default also applies when the variable is set but empty.
 */
final class EnvironmentVariables {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> variables;
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> empty = new LinkedHashSet<>();

    EnvironmentVariables(Map<String, String> variables) {
        this.variables = variables;
    }

    Optional<String> expand(Optional<String> text) {
        return text.map(this::expand);
    }

    String expand(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            String fallback = m.group(2);
            if (fallback != null && (value == null || value.isEmpty())) {
                value = fallback;
            }
            if (value == null) {
                missing.add(m.group(1));
                value = "";
            } else if (value.isEmpty() && fallback == null) {
                empty.add(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The variables met so far that had neither a value nor a default, in order of appearance. */
    Set<String> missing() {
        return missing;
    }

    /**
     * The variables met so far that are set but empty and have no default: most likely a mistake
     * ({@code ${VAR:-}} says that empty is meant), in order of appearance.
     */
    Set<String> empty() {
        return empty;
    }
}
