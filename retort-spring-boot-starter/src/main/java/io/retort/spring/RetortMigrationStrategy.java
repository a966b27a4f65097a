package io.retort.spring;

import io.retort.Retort;

/**
 * What the starter does with the database while the application context starts; the default
 * upgrades to {@code spring.retort.target}, checking checksums unless
 * {@code spring.retort.validate-checksums=false}. Define a bean of this type to replace it (to
 * upgrade to another target, stamp, or only check).
 */
@FunctionalInterface
public interface RetortMigrationStrategy {
    void migrate(Retort retort);
}
