package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import java.util.List;
import org.postgresql.core.Parser;

/**
 * Writes a statement's bind parameters into its SQL as literals. The {@code ?} placeholders are
 * found with pgjdbc's own scanners for quotes, comments and dollar quotes, so what is inlined is
 * exactly what would have been bound: a {@code ?} inside them stays, and {@code ??} is a
 * literal {@code ?}. Everything else, semicolons included, is kept as written.
 */
final class ParameterInliner {
    private ParameterInliner() {}

    static String inline(Statement statement) {
        if (statement.parameters().isEmpty()) {
            return statement.sql(); // sent as plain text online, so no ? is a placeholder
        }
        char[] sql = statement.sql().toCharArray();
        List<Object> parameters = statement.parameters();
        StringBuilder out = new StringBuilder(sql.length + 16 * parameters.size());
        int used = 0;
        int from = 0;
        for (int i = 0; i < sql.length; i++) {
            int end = endOfQuotedOrComment(sql, i);
            if (end > i) {
                i = end;
            } else if (sql[i] == '?' && i + 1 < sql.length && sql[i + 1] == '?') {
                out.append(sql, from, i + 1 - from);
                from = i + 2;
                i++;
            } else if (sql[i] == '?') {
                out.append(sql, from, i - from);
                if (used < parameters.size()) {
                    out.append(SqlText.literal(parameters.get(used)));
                }
                used++;
                from = i + 1;
            }
        }
        if (used != parameters.size()) {
            throw new RetortException("The SQL has " + used + " ? placeholders but " + parameters.size()
                    + " parameters were given: " + statement.sql());
        }
        return out.append(sql, from, sql.length - from).toString();
    }

    /** The last index of the quoted text or comment that starts at {@code i}, or {@code i} when none does. */
    private static int endOfQuotedOrComment(char[] sql, int i) {
        return switch (sql[i]) {
            case '\'' -> Parser.parseSingleQuotes(sql, i, true);
            case '"' -> Parser.parseDoubleQuotes(sql, i);
            case '-' -> Parser.parseLineComment(sql, i);
            case '/' -> Parser.parseBlockComment(sql, i);
            case '$' -> Parser.parseDollarQuotes(sql, i);
            default -> i;
        };
    }
}
