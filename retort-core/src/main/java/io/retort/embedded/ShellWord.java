package io.retort.embedded;

import java.util.regex.Pattern;

/** A word of a POSIX shell command line, so that a printed command can be pasted as it is. */
final class ShellWord {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=+,:@%-]+");

    private ShellWord() {}

    /** {@code word} as it is when the shell reads it so, otherwise in single quotes. */
    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
