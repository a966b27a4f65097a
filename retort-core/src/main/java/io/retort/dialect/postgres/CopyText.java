package io.retort.dialect.postgres;

import io.retort.ops.SqlType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format, escaped straight into one reused text buffer and sent to the server
 * through {@link CopyIn} in pieces of about 64 KiB, encoded into one reused byte buffer: no string,
 * writer or stream per value.
 */
final class CopyText {
    private static final int PIECE = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    private ByteBuffer bytes = ByteBuffer.allocate(3 * (PIECE + 4096));
    private boolean rowStarted;

    CopyText(CopyIn copy) {
        this.copy = copy;
    }

    /** Appends the next value of the current row; null is COPY's {@code \N}. */
    void value(Object value, SqlType type) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return;
        }
        DataStatements.requireDeclaredType(value, type);
        String s = ValueText.text(value, type);
        for (int i = 0; i < s.length(); i++) {
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
        if (bytes.capacity() < 3 * text.length()) {
            bytes = ByteBuffer.allocate(3 * text.length());
        }
        bytes.clear();
        utf8.reset();
        CoderResult result = utf8.encode(CharBuffer.wrap(text), bytes, true);
        if (result.isError()) {
            // an unpaired surrogate: the value is not text PostgreSQL could store either
            bytes.clear();
            bytes.put(text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            utf8.flush(bytes);
        }
        copy.writeToCopy(bytes.array(), 0, bytes.position());
        text.setLength(0);
    }
}
