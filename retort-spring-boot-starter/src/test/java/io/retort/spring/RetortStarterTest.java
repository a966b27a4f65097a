package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SmartEM's Boot application with {@code ddl-auto=validate} starts on an empty database: Retort
 * migrates it to head before Hibernate validates the entities against it.
 */
class RetortStarterTest {
    static TestDatabase db;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        db = TestDatabase.create(RetortStarterTest.class);
        app = SmartemApplication.start(db);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        db.close();
    }

    @Test
    void startsOnAnEmptyDatabaseAndEndsAtHead() {
        Retort retort = app.getBean(Retort.class);
        assertThat(retort.current()).isNotEmpty().isEqualTo(retort.graph().heads());
        assertThat(app.getBean(EntityManagerFactory.class).getMetamodel().getEntities()).hasSize(27);
        assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM acquisition", Integer.class)).isZero();
    }

    @Test
    void theEntityManagerFactoryAndJdbcTemplateWaitForTheMigration() {
        for (String bean : List.of("entityManagerFactory", "jdbcTemplate")) {
            assertThat(app.getBeanFactory().getBeanDefinition(bean).getDependsOn()).as(bean).contains("retortMigrationInitializer");
        }
    }

    @Test
    void aSecondStartChangesNothing() throws SQLException {
        List<String> before = history();
        try (ConfigurableApplicationContext second = SmartemApplication.start(db)) {
            assertThat(second.getBean(Retort.class).current()).isEqualTo(app.getBean(Retort.class).graph().heads());
        }
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void theEndpointShowsCurrentHeadsAndTheLastRuns() throws SQLException {
        RetortEndpoint.DatabaseState report = app.getBean(RetortEndpoint.class).report();
        Retort retort = app.getBean(Retort.class);
        assertThat(report.current()).isEqualTo(retort.current());
        assertThat(report.heads()).isEqualTo(retort.graph().heads());
        List<String> newestFirst = new ArrayList<>(history());
        Collections.reverse(newestFirst);
        assertThat(report.lastRuns()).extracting(RetortEndpoint.Run::revision).isEqualTo(newestFirst);
        assertThat(report.lastRuns()).allSatisfy(run -> assertThat(run.direction()).isEqualTo("upgrade"));
    }

    @Test
    void retortMigratesThroughTheApplicationsDataSource() {
        assertThat(app.getBean(RetortSetup.class).dataSource()).containsSame(app.getBean(DataSource.class));
        assertThat(app.getBean(Retort.class).describeTarget()).startsWith("jdbc:postgresql://").contains(db.name());
    }

    @Test
    void hibernateLeavesTheMigratedSchemaAlone() {
        DataSource dataSource = app.getBean(DataSource.class);
        assertThat(app.getBeansOfType(SchemaManagementProvider.class).values())
                .anySatisfy(p -> assertThat(p.getSchemaManagement(dataSource)).isEqualTo(SchemaManagement.MANAGED));
    }

    /** The revisions in retort_history, oldest first. */
    static List<String> history() throws SQLException {
        return revisionsRun(db);
    }

    static List<String> revisionsRun(TestDatabase database) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM retort_history ORDER BY id")) {
            List<String> revisions = new ArrayList<>();
            while (rs.next()) {
                revisions.add(rs.getString(1));
            }
            return revisions;
        }
    }
}
