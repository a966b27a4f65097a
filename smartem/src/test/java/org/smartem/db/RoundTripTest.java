package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.autogen.ComparisonOptions;
import io.retort.schema.DatabaseSchema;
import io.retort.autogen.SchemaComparison;
import io.retort.testing.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every downgrade restores the schema its revision started from. */
class RoundTripTest {
    static TestDatabase db;
    static Retort retort;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(RoundTripTest.class);
        retort = retort(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void baseHeadBaseHeadGivesTheSameSchemas() {
        DatabaseSchema base = inspect(db);
        retort.upgrade("head");
        DatabaseSchema head = inspect(db);
        assertThat(retort.current()).containsExactly(HEAD);

        retort.downgrade("base");
        assertThat(retort.current()).isEmpty();
        assertThat(SchemaComparison.differences(base, inspect(db))).isEmpty();

        retort.upgrade("head");
        assertThat(SchemaComparison.differences(head, inspect(db))).isEmpty();
        assertThat(count(db, "SELECT count(*) FROM qualitypredictionmodel")).isEqualTo(4);
        assertThat(count(db, "SELECT count(*) FROM user_preferences")).isEqualTo(1);
        retort.downgrade("base");
    }

    @Test
    void eachRevisionStepsDownAndUpAgain() {
        ComparisonOptions anyColumnOrder = ComparisonOptions.strict().ignoringColumnOrder();
        Map<String, DatabaseSchema> at = new HashMap<>();
        retort.downgrade("base");
        at.put("base", inspect(db));
        for (String revision : allRevisions()) {
            retort.upgrade(revision);
            DatabaseSchema up = inspect(db);
            at.put(revision, up);
            long rows = modelRows();

            assertThat(retort.downgrade(parentOf(revision))).as("downgrade of " + revision).containsExactly(revision);
            assertThat(SchemaComparison.differences(at.get(parentOf(revision)), inspect(db), anyColumnOrder))
                    .as("schema after downgrading " + revision).isEmpty();

            assertThat(retort.upgrade(revision)).as("upgrade to " + revision).containsExactly(revision);
            assertThat(SchemaComparison.differences(up, inspect(db), anyColumnOrder))
                    .as("schema after upgrading to " + revision + " again").isEmpty();
            assertThat(modelRows()).as("seed rows at " + revision).isEqualTo(rows);
        }
    }

    /** The seeded rows: prediction models and preferences, where their tables exist. */
    private static long modelRows() {
        long rows = 0;
        for (String table : List.of("qualitypredictionmodel", "user_preferences")) {
            if (count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'") == 1) {
                rows += count(db, "SELECT count(*) FROM " + table);
            }
        }
        return rows;
    }
}
