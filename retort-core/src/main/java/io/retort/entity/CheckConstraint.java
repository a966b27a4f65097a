package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint of the entity's table. On an attribute it still belongs to the table; the
 * default name is the database's ({@code <table>_<column>_check} on PostgreSQL).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(CheckConstraints.class)
public @interface CheckConstraint {
    /** The condition, as SQL: {@code "price > 0"}. */
    String value();

    /** The constraint's name; empty for the database's default name. */
    String name() default "";
}
