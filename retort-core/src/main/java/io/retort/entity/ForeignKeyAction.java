package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The referential actions of the foreign key behind a {@code @ManyToOne} or {@code @OneToOne}
 * join column, which JPA cannot say. Each is one of {@code NO ACTION} (the default),
 * {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ForeignKeyAction {
    /** ON DELETE. */
    String onDelete() default "NO ACTION";

    /** ON UPDATE. */
    String onUpdate() default "NO ACTION";
}
