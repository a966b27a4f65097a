package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name the constraint name, such as {@code item_price_check}
 * @param expression the condition as {@code pg_get_expr} prints it, such as {@code (price > (0)::numeric)}
 * @param validated false for a constraint added NOT VALID and not validated since
 * @param noInherit whether it is NO INHERIT
 */
public record CheckDef(String name, String expression, boolean validated, boolean noInherit) implements Serializable {
    public CheckDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
