package io.retort.ops;

import java.util.Objects;

/** A column's server default: a literal value the dialect quotes, or SQL text used as is. */
public sealed interface DefaultValue {

    /** A value rendered as a literal: {@code "Unknown"} gives {@code 'Unknown'}, {@code 3} gives {@code 3}. */
    record Literal(Object value) implements DefaultValue {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** SQL text rendered verbatim, such as {@code now()} or {@code gen_random_uuid()}. */
    record Expression(String sql) implements DefaultValue {
        public Expression {
            Objects.requireNonNull(sql, "sql");
        }
    }

    static DefaultValue literal(Object value) {
        return new Literal(value);
    }

    static DefaultValue sql(String sql) {
        return new Expression(sql);
    }
}
