package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * String columns are {@code varchar} with no length (SQLAlchemy's {@code String()}), not JPA's
 * default {@code varchar(255)}. On an attribute it applies to that column; on an entity class, to
 * every string attribute of the class (a class with bounded strings marks its attributes one by
 * one instead).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface UnboundedVarchar {}
