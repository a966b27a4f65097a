package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The table (on an entity) or column (on an attribute) had this name before: autogenerate renames
 * it instead of dropping the old one and creating a new, empty one. Remove it once every database
 * is past the rename.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
    /** The former name. */
    String value();
}
