package io.retort.spring;

import io.retort.Retort;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the migration strategy as soon as the context creates this bean. Spring Boot's
 * database-initializer detection ({@link RetortDatabaseInitializerDetector}) makes the
 * EntityManagerFactory, JdbcTemplate and every other bean that uses the database wait for it.
 */
final class RetortMigrationInitializer implements InitializingBean {
    private final Retort retort;
    private final RetortMigrationStrategy strategy;

    RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy) {
        this.retort = retort;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(retort);
    }
}
