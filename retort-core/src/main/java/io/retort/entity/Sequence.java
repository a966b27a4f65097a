package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column is filled from a sequence it owns ({@code serial}/{@code bigserial}: the default is
 * {@code nextval('name'::regclass)}). {@link #type} is the sequence's own data type, which can
 * differ from the column's: narrowing a bigserial column to integer leaves its sequence bigint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Sequence {
    /** The sequence's name, {@code <table>_<column>_seq} for a serial column. */
    String name();

    /** The sequence's data type: {@code smallint}, {@code integer} or {@code bigint}. */
    String type() default "integer";
}
