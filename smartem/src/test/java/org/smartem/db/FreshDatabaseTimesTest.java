package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.HEAD;
import static org.smartem.db.SmartemDatabases.retort;

import io.retort.test.MigratedDatabase;
import io.retort.test.RetortDatabase;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Ten fresh SmartEM databases at head, one per repetition: cloned from the template by
 * {@code @RetortDatabase}, and, to compare, an empty database migrated as the tests did before.
 * Prints how long each took (the README quotes them); asserts only that each is at head.
 */
class FreshDatabaseTimesTest {

    @RepeatedTest(10)
    @RetortDatabase(config = "retort.toml")
    void aFreshDatabaseIsAtHead(MigratedDatabase db) {
        long start = System.nanoTime();
        try (TestDatabase migrated = TestDatabase.create(FreshDatabaseTimesTest.class)) {
            retort(migrated).upgrade("head");
            System.out.println("fresh SmartEM database at head: cloned " + db.madeIn().toMillis() + " ms, created and migrated "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        assertThat(db.retort().current()).containsExactly(HEAD);
        assertThat(SmartemDatabases.inspect(db).tables()).hasSize(27);
    }
}
