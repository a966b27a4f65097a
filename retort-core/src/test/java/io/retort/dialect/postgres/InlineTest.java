package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offline: bind parameters written into the SQL as literals, only where pgjdbc would bind them. */
class InlineTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private String inline(String sql, Object... parameters) {
        return dialect.inline(new Statement(sql, Arrays.asList(parameters)));
    }

    @Test
    void parametersBecomeLiterals() {
        assertThat(inline("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?::jsonb, ?)", "it's", 5, "{\"k\": \"v\"}", null))
                .isEqualTo("INSERT INTO t (a, b, c, d) VALUES ('it''s', 5, '{\"k\": \"v\"}'::jsonb, NULL)");
        assertThat(inline("SELECT 1-?", -1)).isEqualTo("SELECT 1-(-1)");
        assertThat(inline("UPDATE t SET doc = ?", Map.of("a", 1))).isEqualTo("UPDATE t SET doc = '{\"a\":1}'");
    }

    @Test
    void questionMarksInQuotesCommentsAndDollarQuotesStay() {
        assertThat(inline("SELECT '?', \"?\", $$?$$, ? -- ?\n/* ? */ , ?", "a", "b"))
                .isEqualTo("SELECT '?', \"?\", $$?$$, 'a' -- ?\n/* ? */ , 'b'");
        assertThat(inline("SELECT doc ?? 'k' FROM t WHERE id = ?", 7)).isEqualTo("SELECT doc ? 'k' FROM t WHERE id = 7");
    }

    @Test
    void severalStatementsAndTrailingTextAreKept() {
        assertThat(inline("UPDATE a SET x = ?; UPDATE b SET y = ?;\n", 1, "z")).isEqualTo("UPDATE a SET x = 1; UPDATE b SET y = 'z';\n");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotExpandedAgain() {
        assertThat(inline("VALUES (?, ?)", "?", "$1")).isEqualTo("VALUES ('?', '$1')");
    }

    @Test
    void statementsWithoutParametersAreLeftAlone() {
        assertThat(dialect.inline(Statement.of("ALTER TABLE t ADD CHECK (doc ? 'k')"))).isEqualTo("ALTER TABLE t ADD CHECK (doc ? 'k')");
    }

    @Test
    void aMismatchNamesTheSql() {
        assertThatThrownBy(() -> dialect.inline(new Statement("SELECT ?, ?", List.of(1))))
                .isInstanceOf(RetortException.class).hasMessageContaining("2 ? placeholders but 1 parameters")
                .hasMessageContaining("SELECT ?, ?");
    }
}
