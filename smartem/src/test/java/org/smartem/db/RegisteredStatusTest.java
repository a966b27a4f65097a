package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REGISTERED grid-square status: usable after its revision, even by a later revision of the
 * same run, and removable only when unused.
 */
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

    @Test
    void aLaterRevisionOfTheSameRunMayUseTheLabel(@TempDir Path versions) throws IOException {
        try (Stream<Path> files = Files.list(VERSIONS)) {
            for (Path file : files.toList()) {
                Files.copy(file, versions.resolve(file.getFileName()));
            }
        }
        Files.writeString(versions.resolve("R2026_12_01_0900_8c3f5a0174ea_use_registered.java"), """
                import io.retort.Migration;
                import io.retort.Revision;
                import io.retort.ops.Ops;

                @Revision(id = "8c3f5a0174ea", down = "7b2e4c9063d9", message = "Use REGISTERED")
                public class R2026_12_01_0900_8c3f5a0174ea_use_registered implements Migration {
                    public void upgrade(Ops op) {
                        op.execute("INSERT INTO acquisition (uuid) VALUES ('a9')");
                        op.execute("INSERT INTO grid (uuid, acquisition_uuid, name, prediction_updated_time)"
                                + " VALUES ('g9', 'a9', 'g', now())");
                        op.execute("INSERT INTO gridsquare (uuid, grid_uuid, status) VALUES ('s9', 'g9', 'REGISTERED')");
                    }

                    public void downgrade(Ops op) {
                        op.execute("DELETE FROM gridsquare WHERE uuid = 's9'");
                    }
                }
                """);
        try (TestDatabase fresh = TestDatabase.create(RegisteredStatusTest.class)) {
            Retort retort = Retort.configure().url(fresh.url()).scriptLocations(List.of(versions)).build();
            assertThat(retort.upgrade("head")).endsWith(HEAD, "8c3f5a0174ea");
            assertThat(column(fresh, "SELECT status FROM gridsquare WHERE uuid = 's9'")).containsExactly("REGISTERED");
        }
    }
}
