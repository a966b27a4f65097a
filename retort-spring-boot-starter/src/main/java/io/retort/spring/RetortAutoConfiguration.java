package io.retort.spring;

import io.retort.Retort;
import javax.sql.DataSource;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the database with Retort while the application context starts, before the
 * EntityManagerFactory, JdbcTemplate and every other bean that uses it; configured by
 * {@link RetortProperties} ({@code spring.retort.*}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Retort.class)
@ConditionalOnBooleanProperty(name = "spring.retort.enabled", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseGiven.class)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {

    @Bean
    RetortSetup retortSetup(RetortProperties properties, ObjectProvider<JdbcConnectionDetails> details,
                            ObjectProvider<DataSource> dataSource) {
        return RetortSetup.of(properties, details::getIfAvailable, dataSource::getIfUnique);
    }

    @Bean
    @ConditionalOnMissingBean
    Retort retort(RetortSetup setup, ResourceLoader resourceLoader) {
        return setup.build(resourceLoader.getClassLoader(), LogFactory.getLog(Retort.class)::info);
    }

    @Bean
    @ConditionalOnMissingBean
    RetortMigrationStrategy retortMigrationStrategy(RetortProperties properties) {
        return retort -> retort.upgrade(properties.target(), !properties.validateChecksums());
    }

    @Bean
    RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy) {
        return new RetortMigrationInitializer(retort, strategy);
    }

    /** Makes Hibernate's {@code ddl-auto} default {@code none} even on an embedded database, as Flyway does. */
    @Bean
    SchemaManagementProvider retortSchemaManagementProvider(RetortSetup setup) {
        return dataSource -> setup.migratesApplicationDatabase() ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }

    /** A database to migrate: the application's DataSource, {@code spring.retort.url} or a retort.toml environment. */
    static final class DatabaseGiven extends AnyNestedCondition {
        DatabaseGiven() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class ApplicationDataSource {}

        @ConditionalOnProperty("spring.retort.url")
        static final class Url {}

        @ConditionalOnProperty("spring.retort.environment")
        static final class Environment {}
    }
}
