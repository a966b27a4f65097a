package io.retort.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.core.Parser;

/**
 * A plain SQL script, such as {@code pg_dump} output, cut into what JDBC can run one at a time:
 * statements, and {@code COPY ... FROM stdin} statements with the rows that follow them up to
 * {@code \.}. Statements end at a {@code ;} outside quotes, dollar quotes and comments (found with
 * pgjdbc's own scanners); a line starting with a backslash between statements is a psql
 * meta-command ({@code \connect}, {@code \restrict}, ...) and is skipped.
 */
final class SqlScriptParts {
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)COPY\\s.*\\sFROM\\s+stdin\\b.*");

    private SqlScriptParts() {}

    /** One piece of a script and the line it starts on. */
    sealed interface Part {
        int line();
    }

    /** A statement without its closing semicolon. */
    record Sql(String sql, int line) implements Part {}

    /** A {@code COPY ... FROM stdin} statement and its rows, each ending in a newline. */
    record CopyIn(String sql, String rows, int line) implements Part {}

    static List<Part> of(String script) {
        char[] s = script.toCharArray();
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while ((i = startOfStatement(s, i)) < s.length) {
            if (s[i] == '\\') {
                i = endOfLine(s, i);
                continue;
            }
            int end = endOfStatement(s, i);
            String sql = new String(s, i, end - i).strip();
            int line = lineOf(s, i);
            i = Math.min(end + 1, s.length);
            if (COPY_FROM_STDIN.matcher(sql).matches()) {
                int rowsStart = endOfLine(s, i);
                int rowsEnd = rowsStart;
                while (rowsEnd < s.length && !isEndOfCopy(s, rowsEnd)) {
                    rowsEnd = endOfLine(s, rowsEnd);
                }
                if (rowsEnd >= s.length) {
                    throw new IllegalArgumentException("line " + line + ": COPY rows have no closing \\. line");
                }
                parts.add(new CopyIn(sql, new String(s, rowsStart, rowsEnd - rowsStart), line));
                i = endOfLine(s, rowsEnd);
            } else if (!sql.isEmpty()) {
                parts.add(new Sql(sql, line));
            }
        }
        return parts;
    }

    /** The first index at or after {@code i} that is neither white space nor a comment. */
    private static int startOfStatement(char[] s, int i) {
        while (i < s.length) {
            if (Character.isWhitespace(s[i])) {
                i++;
            } else if (s[i] == '-' || s[i] == '/') {
                int end = s[i] == '-' ? Parser.parseLineComment(s, i) : Parser.parseBlockComment(s, i);
                if (end == i) {
                    return i;
                }
                i = end + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The index of the {@code ;} that ends the statement starting at {@code i}, or the script's length. */
    private static int endOfStatement(char[] s, int i) {
        for (; i < s.length; i++) {
            i = switch (s[i]) {
                case '\'' -> Parser.parseSingleQuotes(s, i, true);
                case '"' -> Parser.parseDoubleQuotes(s, i);
                case '-' -> Parser.parseLineComment(s, i);
                case '/' -> Parser.parseBlockComment(s, i);
                case '$' -> Parser.parseDollarQuotes(s, i);
                default -> i;
            };
            if (i < s.length && s[i] == ';') {
                return i;
            }
        }
        return s.length;
    }

    /** The index just after the newline ending the line that holds {@code i}. */
    private static int endOfLine(char[] s, int i) {
        while (i < s.length && s[i] != '\n') {
            i++;
        }
        return Math.min(i + 1, s.length);
    }

    private static boolean isEndOfCopy(char[] s, int lineStart) {
        int end = endOfLine(s, lineStart);
        return new String(s, lineStart, end - lineStart).strip().equals("\\.");
    }

    private static int lineOf(char[] s, int i) {
        int line = 1;
        for (int k = 0; k < i; k++) {
            if (s[k] == '\n') {
                line++;
            }
        }
        return line;
    }
}
