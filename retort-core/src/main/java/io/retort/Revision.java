package io.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a revision file. Retort reads it from the source text without compiling, so every
 * value must be a literal: strings, string arrays ({@code {"a", "b"}}) and booleans.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id: letters, digits and {@code _}, at most 128 characters. */
    String id();

    /** The parents: none for a base, one, or several for a merge. */
    String[] down() default {};

    /** Branch labels, inherited by the revisions that descend from this one. */
    String[] branchLabels() default {};

    /** Revisions, from any branch, that must be applied before this one. */
    String[] dependsOn() default {};

    /** What the revision does, shown by {@code history} and in {@code Running upgrade} lines. */
    String message() default "";

    /** When the revision was created, ISO-8601 ({@code 2025-09-18T10:42:00}). */
    String created() default "";

    /**
     * False when the revision must run outside a transaction (for example
     * {@code CREATE INDEX CONCURRENTLY}); Retort commits what came before it first.
     */
    boolean transactional() default true;
}
