package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REGISTERED grid-square status: usable after its revision, and removable only when unused. */
class RegisteredStatusTest {
    static final String LABELS = "SELECT unnest(enum_range(NULL::gridsquarestatus))::text";
    static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(RegisteredStatusTest.class);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void downgradeRefusesWhileARowHoldsRegisteredAndWorksWhenNoneDoes() {
        Retort retort = retort(db);
        retort.upgrade("head");
        execute(db, "INSERT INTO acquisition (uuid) VALUES ('a1');"
                + "INSERT INTO grid (uuid, acquisition_uuid, name, prediction_updated_time) VALUES ('g1', 'a1', 'g', now());"
                + "INSERT INTO gridsquare (uuid, grid_uuid, status) VALUES ('s1', 'g1', 'REGISTERED'), ('s2', 'g1', 'REGISTERED'),"
                + " ('s3', 'g1', 'FOIL_HOLES_DECISION_STARTED')");

        assertThatThrownBy(() -> retort.downgrade("6a1d3b8f52c8"))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(messages(e)).contains("7b2e4c9063d9", "2 gridsquare row(s)", "REGISTERED"));
        assertThat(retort.current()).containsExactly(HEAD);
        assertThat(column(db, LABELS)).contains("REGISTERED");
        assertThat(count(db, "SELECT count(*) FROM gridsquare WHERE status = 'REGISTERED'")).isEqualTo(2);

        execute(db, "UPDATE gridsquare SET status = 'NONE' WHERE status = 'REGISTERED'");
        assertThat(retort.downgrade("6a1d3b8f52c8")).containsExactly("7b2e4c9063d9");
        assertThat(column(db, LABELS))
                .containsExactly("NONE", "FOIL_HOLES_DECISION_STARTED", "FOIL_HOLES_DECISION_COMPLETED");
        assertThat(column(db, "SELECT status FROM gridsquare ORDER BY uuid"))
                .containsExactly("NONE", "NONE", "FOIL_HOLES_DECISION_STARTED");
        assertThat(column(db, "SELECT column_default FROM information_schema.columns "
                + "WHERE table_name = 'gridsquare' AND column_name = 'status'")).containsExactly("'NONE'::gridsquarestatus");

        retort.upgrade("head");
        execute(db, "UPDATE gridsquare SET status = 'REGISTERED' WHERE uuid = 's1'");
        assertThat(count(db, "SELECT count(*) FROM gridsquare WHERE status = 'REGISTERED'")).isEqualTo(1);
    }
}
