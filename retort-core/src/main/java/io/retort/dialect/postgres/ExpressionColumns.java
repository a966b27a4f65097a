package io.retort.dialect.postgres;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The column names in an SQL expression, read from its words the way PostgreSQL's naming would
 * see them: function names, type names after {@code ::} or {@code AS}, qualifiers and key words
 * are not columns. A reading of words, not a parse; good for the expressions people put in checks.
 */
final class ExpressionColumns {
    private ExpressionColumns() {}

    /** Words that continue a multi-word type name ({@code double precision}, {@code time with time zone}). */
    private static final Set<String> TYPE_NAME_TAIL = Set.of("precision", "varying", "with", "without", "time", "zone");

    private enum Kind { WORD, QUOTED_NAME, LITERAL, PUNCTUATION }

    private record Token(Kind kind, String text) {
        boolean is(String punctuation) {
            return kind == Kind.PUNCTUATION && text.equals(punctuation);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
        }
    }

    /** The distinct columns named in {@code expression}, in order of first mention. */
    static List<String> of(String expression) {
        List<Token> tokens = tokens(expression);
        Set<String> columns = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isName()) {
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (previous != null && (previous.is("::") || previous.isWord("as"))) {
                while (next != null && next.kind == Kind.WORD && TYPE_NAME_TAIL.contains(next.text)) {
                    i++;
                    next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                }
                continue;
            }
            boolean function = next != null && next.is("(");
            boolean qualifier = next != null && next.is(".");
            boolean keyword = t.kind == Kind.WORD && PostgresKeywords.quoted(t.text);
            if (!function && !qualifier && !keyword) {
                columns.add(t.text);
            }
        }
        return new ArrayList<>(columns);
    }

    /**
     * The name PostgreSQL gives an index expression's column: a leading function's name
     * ({@code lower(email)}), a lone or cast column's name, {@code case}, or else {@code expr}.
     */
    static String figureName(String expression) {
        List<Token> tokens = tokens(expression);
        while (tokens.size() > 2 && tokens.get(0).is("(") && tokens.get(tokens.size() - 1).is(")")) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        if (tokens.isEmpty() || !tokens.get(0).isName()) {
            return "expr";
        }
        Token first = tokens.get(0);
        boolean alone = tokens.size() == 1 || tokens.get(1).is("::");
        boolean call = tokens.size() > 1 && tokens.get(1).is("(");
        if (alone || call || first.isWord("case")) {
            return first.text;
        }
        return "expr";
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("--", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = endOfQuoted(s, i, '\'', false);
                out.add(new Token(Kind.LITERAL, ""));
            } else if (c == '"') {
                int end = endOfQuoted(s, i, '"', false);
                out.add(new Token(Kind.QUOTED_NAME, s.substring(i + 1, end - 1).replace("\"\"", "\"")));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                String word = asciiLowerCase(s.substring(start, i));
                if (i < n && s.charAt(i) == '\'') { // a prefixed string: E'', B'', X'', U&''
                    i = endOfQuoted(s, i, '\'', word.equals("e"));
                    out.add(new Token(Kind.LITERAL, ""));
                } else {
                    out.add(new Token(Kind.WORD, word));
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.LITERAL, ""));
            } else if (s.startsWith("::", i)) {
                out.add(new Token(Kind.PUNCTUATION, "::"));
                i += 2;
            } else {
                out.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    /** PostgreSQL folds unquoted names to lower case in ASCII only, under a multi-byte encoding. */
    private static String asciiLowerCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.chars().forEach(c -> out.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return out.toString();
    }

    /** The index just past the quoted text that starts at {@code start}; doubled quotes stay inside. */
    private static int endOfQuoted(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < s.length() && s.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
