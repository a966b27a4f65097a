package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's server default, as SQL text the way a {@code DEFAULT} clause spells it:
 * {@code "now()"}, {@code "gen_random_uuid()"}, {@code "'Unknown'"}, {@code "0"}, {@code "false"}.
 * JPA can only give a default through {@code columnDefinition}, which also fixes the type; this
 * keeps the two apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ServerDefault {
    /** The default expression. */
    String value();
}
