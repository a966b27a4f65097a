package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Retort takes over a database Python Alembic built, without re-stamping it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlembicBuiltDatabaseTest {
    static TestDatabase db;
    static TestDatabase reference;
    static Retort retort;

    @BeforeAll
    static void build() {
        db = alembicBuilt(AlembicBuiltDatabaseTest.class);
        reference = alembicBuilt(AlembicBuiltDatabaseTest.class);
        retort = retort(db);
    }

    @AfterAll
    static void drop() {
        db.close();
        reference.close();
    }

    @Test
    @Order(1)
    void currentIsAlembicsHead() {
        assertThat(retort.current()).containsExactly(ALEMBIC_HEAD);
    }

    @Test
    @Order(2)
    void upgradeHeadRunsOnlyTheNewRevisions() {
        assertThat(retort.upgrade("head")).containsExactlyElementsOf(NEW_REVISIONS);
        assertThat(retort.current()).containsExactly(HEAD);
        assertThat(column(db, "SELECT preference_value->>'theme' FROM user_preferences WHERE user_id = 'system'"))
                .containsExactly("light");
        assertThat(column(db, "SELECT unnest(enum_range(NULL::gridsquarestatus))::text"))
                .containsExactly("NONE", "FOIL_HOLES_DECISION_STARTED", "FOIL_HOLES_DECISION_COMPLETED", "REGISTERED");
    }

    @Test
    @Order(3)
    void downgradeReturnsToExactlyAlembicsSchema() {
        assertThat(retort.downgrade(ALEMBIC_HEAD)).containsExactlyElementsOf(reversed(NEW_REVISIONS));
        assertThat(retort.current()).containsExactly(ALEMBIC_HEAD);
        assertThat(schemaDifferences(reference, db)).isEmpty();
        assertThat(rowDifferences(reference, db)).isEmpty();
    }
}
