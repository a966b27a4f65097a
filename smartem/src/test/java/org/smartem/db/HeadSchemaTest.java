package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chain run by Retort gives, catalog for catalog, the database the Python chain gives. */
class HeadSchemaTest {
    static TestDatabase migrated;
    static TestDatabase facts;
    static Retort retort;

    @BeforeAll
    static void build() {
        migrated = TestDatabase.create(HeadSchemaTest.class);
        facts = alembicBuilt(HeadSchemaTest.class);
        retort = retort(migrated);
        retort.upgrade(ALEMBIC_HEAD);
    }

    @AfterAll
    static void drop() {
        migrated.close();
        facts.close();
    }

    @Test
    void schemaIsTheOriginalChainsToTheColumnOrder() {
        assertThat(schemaDifferences(facts, migrated)).isEmpty();
    }

    @Test
    void rowsAreTheOriginalChainsWithTheVersion() {
        assertThat(rowDifferences(facts, migrated)).isEmpty();
        assertThat(retort.current()).containsExactly(ALEMBIC_HEAD);
    }
}
