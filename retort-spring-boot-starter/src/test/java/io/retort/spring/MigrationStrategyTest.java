package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** A RetortMigrationStrategy bean replaces the upgrade, and spring.retort.enabled=false turns Retort off. */
class MigrationStrategyTest {
    static final String FIRST = "001";
    static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(MigrationStrategyTest.class);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** Given to the application directly: an @Configuration here would be component-scanned into every test's. */
    static class UpgradeToTheFirstRevision {
        @Bean
        RetortMigrationStrategy firstRevisionOnly() {
            return retort -> retort.upgrade(FIRST);
        }
    }

    @Test
    void aStrategyBeanReplacesTheUpgradeToHead() {
        try (ConfigurableApplicationContext app = SmartemApplication.start(db, List.of(UpgradeToTheFirstRevision.class),
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(app.getBean(Retort.class).current()).containsExactly(FIRST);
        }
    }

    @Test
    void disabledDefinesNoRetort() {
        try (ConfigurableApplicationContext app = SmartemApplication.start(db,
                "spring.retort.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(app.getBeansOfType(Retort.class)).isEmpty();
            assertThat(app.getBeansOfType(RetortEndpoint.class)).isEmpty();
        }
    }
}
