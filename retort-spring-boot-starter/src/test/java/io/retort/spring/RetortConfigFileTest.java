package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.retort.config} naming SmartEM's retort.toml and no locations, the revisions
 * come from the file's script_locations and the database is still the application's.
 */
class RetortConfigFileTest {
    static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(RetortConfigFileTest.class);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theFilesScriptLocationsMigrateTheApplicationsDatabase() throws Exception {
        try (ConfigurableApplicationContext app = SmartemApplication.start(db,
                "spring.retort.config=" + SmartemApplication.ROOT.resolve("smartem/retort.toml"), "spring.retort.locations=")) {
            Retort retort = app.getBean(Retort.class);
            assertThat(retort.current()).isEqualTo(retort.graph().heads());
            assertThat(RetortStarterTest.revisionsRun(db)).hasSize(SmartemApplication.revisionCount());
            assertThat(app.getBean(RetortEndpoint.class).report().lastRuns()).hasSize(SmartemApplication.revisionCount());
        }
    }
}
