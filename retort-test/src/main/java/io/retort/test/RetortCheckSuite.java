package io.retort.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in checks of {@link RetortChecks}, for a test class to implement: the revisions are
 * those of the class's {@link RetortDatabase} (config, locations, url), or of {@code ./retort.toml}
 * without one.
 *
 * <pre>{@code
 * @RetortDatabase(config = "retort.toml")
 * class MigrationsTest implements RetortCheckSuite {}
 * }</pre>
 */
@ExtendWith(RetortDatabaseExtension.class)
public interface RetortCheckSuite {

    @TestFactory
    default Stream<DynamicTest> retortChecks(RetortChecks checks) {
        return checks.tests();
    }
}
