package io.retort;

import java.util.Locale;

/** JSON string literals, for the {@code --format json} outputs that Retort writes without a JSON library. */
public final class JsonText {
    private JsonText() {}

    /** {@code value} as a JSON string literal, quotes included. */
    public static String quote(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> s.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }
}
