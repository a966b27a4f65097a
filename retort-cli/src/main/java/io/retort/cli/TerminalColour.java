package io.retort.cli;

import java.util.Map;

/**
 * Colour for a person at a terminal, never for a pipe or a file, and never when {@code NO_COLOR}
 * is set (no-color.org): only the error prefix and the marks of heads and current revisions.
 *
 * @param on whether to write ANSI colour codes
 */
record TerminalColour(boolean on) {
    static final TerminalColour NONE = new TerminalColour(false);
    private static final String RESET = "\u001b[0m";

    /** Colour when this process talks to a terminal (standard input and output) and NO_COLOR is unset or empty. */
    static TerminalColour detect() {
        return of(System.console() != null, System.getenv());
    }

    static TerminalColour of(boolean terminal, Map<String, String> environment) {
        String noColour = environment.get("NO_COLOR");
        return new TerminalColour(terminal && (noColour == null || noColour.isEmpty()));
    }

    /** {@code retort: error:}, red. */
    String error() {
        return paint("1;31", "retort: error:");
    }

    /** A head's mark, green. */
    String head(String text) {
        return paint("32", text);
    }

    /** The current revision's mark, bold yellow. */
    String current(String text) {
        return paint("1;33", text);
    }

    private String paint(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
