package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column holds a native database enum type ({@code CREATE TYPE name AS ENUM (...)}) rather
 * than text. The labels are the constant names of the attribute's Java enum, in declaration order
 * unless {@link #labels} says otherwise. Use it with {@code @Enumerated(EnumType.STRING)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface DbEnum {
    /** The enum type's name in the database. */
    String name();

    /** The labels in the type's order, when it differs from the Java enum's; empty for the Java order. */
    String[] labels() default {};
}
