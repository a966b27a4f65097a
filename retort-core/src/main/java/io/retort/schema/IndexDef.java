package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An index, including those that back a primary key, UNIQUE or EXCLUDE constraint.
 *
 * @param name the index name
 * @param unique whether it is a unique index
 * @param method the access method: {@code btree}, {@code hash}, {@code gin}, {@code gist}, ...
 * @param keys the key list as PostgreSQL prints it between the parentheses, with operator
 *     classes, collations and ordering: {@code a text_pattern_ops DESC NULLS LAST, lower(a)}
 * @param keyColumns each key column or expression alone: {@code a}, {@code lower(a)}
 * @param includeColumns the INCLUDE columns
 * @param predicate the WHERE condition of a partial index as {@code pg_get_expr} prints it, or null
 * @param definition the full {@code pg_get_indexdef} text, {@code CREATE INDEX ... ON public.t USING ...}
 * @param backsConstraint whether the index implements a constraint of its table (and goes with it)
 */
public record IndexDef(
        String name,
        boolean unique,
        String method,
        String keys,
        List<String> keyColumns,
        List<String> includeColumns,
        String predicate,
        String definition,
        boolean backsConstraint) implements Serializable {

    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(definition, "definition");
        keyColumns = List.copyOf(keyColumns);
        includeColumns = List.copyOf(includeColumns);
    }
}
