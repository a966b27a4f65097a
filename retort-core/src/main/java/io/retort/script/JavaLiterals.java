package io.retort.script;

/** The values of Java string literals and text blocks, as javac computes them. */
final class JavaLiterals {
    private JavaLiterals() {}

    /**
     * The value of a string literal or text block token (quotes included).
     *
     * @throws IllegalArgumentException on an invalid escape sequence
     */
    static String value(String token) {
        if (token.startsWith("\"\"\"")) {
            String body = token.substring(3, token.length() - 3);
            int newline = body.indexOf('\n');
            int opening = newline < 0 ? body.indexOf('\r') : newline;
            if (opening < 0 || !body.substring(0, opening).isBlank()) {
                throw new IllegalArgumentException("a text block's opening \"\"\" must end its line");
            }
            String content = body.substring(opening + 1).replace("\r\n", "\n").replace('\r', '\n');
            return unicodeEscapes(content).stripIndent().translateEscapes();
        }
        return unicodeEscapes(token.substring(1, token.length() - 1)).translateEscapes();
    }

    /** Replaces {@code \\uXXXX} escapes whose backslash is not itself escaped. */
    private static String unicodeEscapes(String s) {
        if (s.indexOf("\\u") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.append("\\\\");
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && s.charAt(j) == 'u') {
                j++;
            }
            if (j == i + 1) {
                out.append(c);
                i++;
            } else if (j + 4 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                i = j + 4;
            } else {
                throw new IllegalArgumentException("invalid unicode escape");
            }
        }
        return out.toString();
    }
}
