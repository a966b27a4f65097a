package io.retort.script;

import io.retort.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The tokens of a Java source text, without whitespace and comments. Enough of the Java lexical
 * grammar to find a header and fingerprint code, not to parse it: every operator character stands
 * alone except the usual multi-character operators, and {@code >} always stands alone (as javac's
 * parser treats it in generics), so {@code List<List<T>>} and {@code List<List<T> >} agree.
 *
 * <p>Tokens live in parallel arrays rather than objects: a scan reads thousands of files.
 */
public final class JavaTokens {
    enum Kind { IDENTIFIER, NUMBER, STRING, TEXT_BLOCK, CHARACTER, SYMBOL }

    // Longest first; none starts with '>' (see the class comment).
    private static final String[] OPERATORS = {
        "<<=", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=",
        "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<",
    };

    private final String origin;
    private final String text;
    private int count;
    private byte[] kinds = new byte[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] lines = new int[256];

    private JavaTokens(String origin, String text) {
        this.origin = origin;
        this.text = text;
    }

    /** Tokenizes {@code text}; {@code origin} names the file in error messages. */
    public static JavaTokens of(String origin, String text) {
        JavaTokens tokens = new JavaTokens(origin, text);
        new Lexer(tokens).run();
        return tokens;
    }

    String origin() {
        return origin;
    }

    int count() {
        return count;
    }

    /** True when token {@code i} exists and is of {@code kind}. */
    boolean isKind(int i, Kind kind) {
        return i < count && kinds[i] == kind.ordinal();
    }

    /** True when token {@code i} is a string literal or text block. */
    boolean isString(int i) {
        return isKind(i, Kind.STRING) || isKind(i, Kind.TEXT_BLOCK);
    }

    int line(int i) {
        return i < count ? lines[i] : count == 0 ? 1 : lines[count - 1];
    }

    String text(int i) {
        return i < count ? text.substring(starts[i], ends[i]) : "end of file";
    }

    /** True when token {@code i} exists and is exactly {@code s}. */
    boolean is(int i, String s) {
        return i < count && ends[i] - starts[i] == s.length() && text.startsWith(s, starts[i]);
    }

    boolean isSymbol(int i, char c) {
        return i < count && kinds[i] == Kind.SYMBOL.ordinal() && text.charAt(starts[i]) == c;
    }

    /** An error at token {@code i}'s line. */
    RetortException error(int i, String message) {
        return errorAtLine(line(i), message);
    }

    RetortException errorAtLine(int line, String message) {
        return new RetortException(origin + ":" + line + ": " + message);
    }

    /**
     * SHA-256 (hex) of the tokens separated by single spaces: whitespace and comments do not
     * count, every other character does.
     */
    public String fingerprint() {
        StringBuilder joined = new StringBuilder(text.length());
        for (int i = 0; i < count; i++) {
            joined.append(text, starts[i], ends[i]).append(' ');
        }
        return sha256(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 (hex) of the parts, one after the other. */
    public static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void add(Kind kind, int start, int end, int line) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            lines = Arrays.copyOf(lines, size);
        }
        kinds[count] = (byte) kind.ordinal();
        starts[count] = start;
        ends[count] = end;
        lines[count] = line;
        count++;
    }

    /** One pass over the text. */
    private static final class Lexer {
        private final JavaTokens out;
        private final String s;
        private final int n;
        private int pos;
        private int line = 1;

        Lexer(JavaTokens out) {
            this.out = out;
            this.s = out.text;
            this.n = s.length();
        }

        void run() {
            while (skipTrivia()) {
                int start = pos;
                int startLine = line;
                Kind kind = token();
                out.add(kind, start, pos, startLine);
            }
        }

        /** Skips whitespace and comments; false at the end of the text. */
        private boolean skipTrivia() {
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (c == '\r') {
                    if (pos + 1 >= n || s.charAt(pos + 1) != '\n') {
                        line++;
                    }
                    pos++;
                } else if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else if (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '/') {
                    while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                        pos++;
                    }
                } else if (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '*') {
                    blockComment();
                } else {
                    return true;
                }
            }
            return false;
        }

        private void blockComment() {
            int startLine = line;
            pos += 2;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '*' && pos + 1 < n && s.charAt(pos + 1) == '/') {
                    pos += 2;
                    return;
                }
                countNewline(c);
                pos++;
            }
            throw out.errorAtLine(startLine, "unterminated /* comment");
        }

        private void countNewline(char c) {
            if (c == '\n' || (c == '\r' && (pos + 1 >= n || s.charAt(pos + 1) != '\n'))) {
                line++;
            }
        }

        private Kind token() {
            char c = s.charAt(pos);
            if (Character.isJavaIdentifierStart(c)) {
                pos++;
                while (pos < n && Character.isJavaIdentifierPart(s.charAt(pos))) {
                    pos++;
                }
                return Kind.IDENTIFIER;
            }
            if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1)))) {
                number();
                return Kind.NUMBER;
            }
            if (c == '"') {
                if (s.startsWith("\"\"\"", pos)) {
                    textBlock();
                    return Kind.TEXT_BLOCK;
                }
                quoted('"', "string literal");
                return Kind.STRING;
            }
            if (c == '\'') {
                quoted('\'', "character literal");
                return Kind.CHARACTER;
            }
            for (String op : OPERATORS) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    return Kind.SYMBOL;
                }
            }
            pos++;
            return Kind.SYMBOL;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private void number() {
            boolean hex = s.startsWith("0x", pos) || s.startsWith("0X", pos);
            pos++;
            while (pos < n) {
                char c = s.charAt(pos);
                char before = s.charAt(pos - 1);
                boolean exponentSign = (c == '+' || c == '-')
                        && (hex ? before == 'p' || before == 'P' : before == 'e' || before == 'E');
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign)) {
                    return;
                }
                pos++;
            }
        }

        private void quoted(char quote, String what) {
            int startLine = line;
            pos++;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                } else if (c == quote) {
                    pos++;
                    return;
                } else if (c == '\n' || c == '\r') {
                    break;
                } else {
                    pos++;
                }
            }
            throw out.errorAtLine(startLine, "unterminated " + what);
        }

        private void textBlock() {
            int startLine = line;
            pos += 3;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '"' && s.startsWith("\"\"\"", pos)) {
                    pos += 3;
                    return;
                }
                if (c == '\\' && pos + 1 < n) {
                    pos++;
                    c = s.charAt(pos);
                }
                countNewline(c);
                pos++;
            }
            throw out.errorAtLine(startLine, "unterminated text block");
        }
    }
}
