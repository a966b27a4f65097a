package io.retort.dialect.postgres;

import io.retort.ops.SqlType;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format, escaped straight into one reused text buffer and sent to the server
 * through {@link CopyIn} in pieces of about 64 KiB: no writer or stream per value, and a value
 * with nothing to escape is copied once.
 */
final class CopyText {
    private static final int PIECE = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);
    // The last java.time value of each column and its text: a seed often stamps every row with the
    // same instant, and formatting it again for each row was a fifth of a million-row load.
    private final Object[] lastTime;
    private final String[] lastTimeText;
    private boolean rowStarted;

    CopyText(CopyIn copy, int columns) {
        this.copy = copy;
        this.lastTime = new Object[columns];
        this.lastTimeText = new String[columns];
    }

    /** Appends the value of {@code column} (its index), the next of the current row; null is COPY's {@code \N}. */
    void value(int column, Object value, SqlType type) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Long || value instanceof Integer) { // the text of a number needs no escape
            text.append(((Number) value).longValue());
            return;
        }
        if (value instanceof Temporal) { // java.time's values are immutable, so one seen before has the same text
            if (value != lastTime[column]) {
                lastTimeText[column] = ValueText.text(value, type);
                lastTime[column] = value;
            }
            text.append(lastTimeText[column]);
            return;
        }
        DataStatements.requireDeclaredType(value, type);
        String s = ValueText.text(value, type);
        int special = firstSpecial(s);
        if (special < 0) { // the common case: the text as it is, in one copy
            text.append(s);
            return;
        }
        text.append(s, 0, special);
        for (int i = special; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** The index of the first character COPY's text format escapes, or -1. */
    private static int firstSpecial(String s) {
        // indexOf runs as a vectorised scan; four of them beat one loop over charAt
        int first = -1;
        for (char c : SPECIAL) {
            int at = s.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static final char[] SPECIAL = {'\\', '\t', '\n', '\r'};

    /** Ends the current row; sends the buffer once it is full (only whole rows, so no character is split). */
    void endRow() throws SQLException {
        text.append('\n');
        rowStarted = false;
        if (text.length() >= PIECE) {
            send();
        }
    }

    /** Sends what is buffered and ends the COPY, returning the rows the server took. */
    long end() throws SQLException {
        send();
        return copy.endCopy();
    }

    private void send() throws SQLException {
        if (text.length() == 0) {
            return;
        }
        // String.getBytes encodes a Latin-1 text with a plain copy, several times faster than a
        // CharsetEncoder walking the builder; an unpaired surrogate becomes '?', text PostgreSQL
        // could not store either.
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
