package io.retort.dialect.postgres;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;

/**
 * Writes a statement's bind parameters into its SQL as literals. The {@code ?} placeholders are
 * found by pgjdbc's own parser, so what is inlined is exactly what would have been bound: a
 * {@code ?} inside quotes, comments or dollar quotes stays, and {@code ??} is a literal {@code ?}.
 */
final class Placeholders {
    private Placeholders() {}

    static String inline(Statement statement) {
        if (statement.parameters().isEmpty()) {
            return statement.sql(); // sent as plain text online, so no ? is a placeholder
        }
        NativeQuery query = parse(statement.sql());
        int[] positions = query.bindPositions;
        if (positions.length != statement.parameters().size()) {
            throw new RetortException("The SQL has " + positions.length + " ? placeholders but "
                    + statement.parameters().size() + " parameters were given: " + statement.sql());
        }
        String sql = query.nativeSql;
        StringBuilder out = new StringBuilder(sql.length() + 16 * positions.length);
        int from = 0;
        for (int i = 0; i < positions.length; i++) {
            out.append(sql, from, positions[i]).append(SqlText.literal(statement.parameters().get(i)));
            from = positions[i] + NativeQuery.bindName(i + 1).length();
        }
        return out.append(sql, from, sql.length()).toString();
    }

    private static NativeQuery parse(String sql) {
        try {
            List<NativeQuery> queries = Parser.parseJdbcSql(sql, true, true, false, false, false);
            if (queries.size() != 1) {
                throw new RetortException("Expected one SQL statement with ? placeholders, found " + queries.size() + ": " + sql);
            }
            return queries.get(0);
        } catch (SQLException e) {
            throw new RetortException("Cannot read the ? placeholders of: " + sql + " (" + e.getMessage() + ")", e);
        }
    }
}
