package io.retort.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What {@code @jakarta.persistence.Index} cannot say about an index of the entity's
 * {@code @Table(indexes = ...)}: its access method, a WHERE condition (a partial index) and
 * INCLUDE columns. {@link #index} names the {@code @Index} it completes.
 *
 * <pre>{@code
 * @Table(name = "agentsession", indexes = @Index(name = "ix_active", columnList = "agent_id"))
 * @IndexSpec(index = "ix_active", where = "status = 'active'")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexSpecs.class)
public @interface IndexSpec {
    /** The name of the {@code @Index} in {@code @Table(indexes = ...)}. */
    String index();

    /** The access method: {@code btree} (the default), {@code hash}, {@code gin}, {@code gist}, {@code brin}. */
    String method() default "btree";

    /** The condition of a partial index, as SQL; empty for none. */
    String where() default "";

    /** Non-key columns carried in the index ({@code INCLUDE}). */
    String[] include() default {};
}
