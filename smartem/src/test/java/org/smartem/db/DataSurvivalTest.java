package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Rows written at the first revision where their table exists survive every later upgrade,
 * including 33107394dcd1's NOT NULL column on grid (which the original fails on) and
 * a1b2c3d4e5f6's backfill; and the baseline's rows survive the downgrade back to it, NULLs the
 * baseline forbids filled in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataSurvivalTest {
    static TestDatabase db;

    /** What the application writes after each upgrade, and a query that finds it again. */
    record Rows(String insert, String find) {}

    static final Map<String, List<Rows>> WRITTEN_AT = Map.of(
            "001", List.of(
                    new Rows("INSERT INTO acquisition (uuid, name, storage_path) VALUES ('a1', 'session 1', '/dls/m01')",
                            "SELECT count(*) FROM acquisition WHERE uuid = 'a1' AND status = 'PLANNED'"),
                    new Rows("INSERT INTO grid (uuid, acquisition_uuid, name) VALUES ('g1', 'a1', 'grid 1'), ('g2', 'a1', 'grid 2')",
                            "SELECT count(*) FROM grid WHERE acquisition_uuid = 'a1'"),
                    new Rows("INSERT INTO gridsquare (uuid, grid_uuid, gridsquare_id, magnification) VALUES ('s1', 'g1', '101', 1800)",
                            "SELECT count(*) FROM gridsquare WHERE uuid = 's1' AND magnification = 1800"),
                    new Rows("INSERT INTO foilhole (uuid, gridsquare_uuid, foilhole_id, quality) VALUES ('f1', 's1', '7', 0.5)",
                            "SELECT count(*) FROM foilhole WHERE uuid = 'f1' AND NOT is_near_grid_bar"),
                    new Rows("INSERT INTO micrograph (uuid, foilhole_uuid, micrograph_id, total_motion, status) "
                            + "VALUES ('m1', 'f1', 'FoilHole_7_Data_1', 12.5, 'CTF_COMPLETED'), ('m2', 'f1', 'FoilHole_7_Data_2', 3, 'NONE')",
                            "SELECT count(*) FROM micrograph WHERE foilhole_uuid = 'f1'"),
                    new Rows("INSERT INTO agentsession (session_id, agent_id, acquisition_uuid) VALUES ('sess1', 'agent1', 'a1')",
                            "SELECT count(*) FROM agentsession WHERE session_id = 'sess1' AND id = 1"),
                    new Rows("INSERT INTO agentinstruction (session_id, agent_id, instruction_type, payload) "
                            + "VALUES ('sess1', 'agent1', 'microscope.control.move_stage', '{\"x\": 1}')",
                            "SELECT count(*) FROM agentinstruction WHERE payload->>'x' = '1'")),
            "33107394dcd1", List.of(
                    new Rows("INSERT INTO qualitymetric (name, description) VALUES ('motioncorrection', 'total motion')",
                            "SELECT count(*) FROM qualitymetric"),
                    new Rows("INSERT INTO overallqualityprediction (value, foilhole_uuid, grid_uuid, gridsquare_uuid) "
                            + "VALUES (0.9, 'f1', 'g1', 's1')",
                            "SELECT count(*) FROM overallqualityprediction WHERE value = 0.9")),
            "b2c3d4e5f6a7", List.of(
                    new Rows("INSERT INTO foilholegroup (uuid, grid_uuid, name) VALUES ('fg1', 'g1', 'ring 1');"
                            + "INSERT INTO foilholegroupmembership VALUES ('fg1', 'f1')",
                            "SELECT count(*) FROM foilholegroupmembership WHERE group_uuid = 'fg1'")),
            "7b2e4c9063d9", List.of(
                    new Rows("INSERT INTO gridsquare (uuid, grid_uuid, status) VALUES ('s2', 'g2', 'REGISTERED')",
                            "SELECT count(*) FROM gridsquare WHERE status = 'REGISTERED'")));

    @BeforeAll
    static void create() {
        db = TestDatabase.create(DataSurvivalTest.class);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    @Order(1)
    void rowsSurviveEveryLaterUpgrade() {
        Retort retort = retort(db);
        LocalDateTime before = LocalDateTime.now().minusMinutes(1);
        List<Rows> written = new ArrayList<>();
        for (String revision : allRevisions()) {
            retort.upgrade(revision);
            for (Rows rows : written) {
                assertThat(count(db, rows.find())).as(rows.find() + " at " + revision).isPositive();
            }
            for (Rows rows : WRITTEN_AT.getOrDefault(revision, List.of())) {
                execute(db, rows.insert());
                written.add(rows);
            }
        }

        assertThat(count(db, "SELECT count(*) FROM grid WHERE prediction_updated_time IS NULL")).isZero();
        LocalDateTime backfilled = LocalDateTime.parse(
                column(db, "SELECT min(prediction_updated_time) FROM grid").get(0).replace(' ', 'T'));
        assertThat(backfilled).isAfter(before).isBefore(LocalDateTime.now().plusMinutes(1));
        assertThat(column(db, "SELECT suggested_acquisition_index FROM overallqualityprediction")).containsExactly("0");
        assertThat(column(db, "SELECT can_infer FROM qualitypredictionmodel WHERE name = 'R2-D2'")).containsExactly("t");
        assertThat(count(db, "SELECT count(*) FROM micrograph WHERE updated_at IS NULL")).isEqualTo(2);
    }

    @Test
    @Order(2)
    void rowsOfTheBaselineSurviveTheDowngradeToIt() {
        execute(db, "UPDATE gridsquare SET status = 'NONE' WHERE status = 'REGISTERED';"
                + "UPDATE acquisition SET status = NULL;"
                + "INSERT INTO agentinstruction (session_id, agent_id, instruction_type) VALUES ('sess1', 'agent1', 'ping')");

        retort(db).downgrade("001");

        for (Rows rows : WRITTEN_AT.get("001")) {
            assertThat(count(db, rows.find())).as(rows.find()).isPositive();
        }
        assertThat(column(db, "SELECT payload::text FROM agentinstruction WHERE instruction_type = 'ping'"))
                .containsExactly("{}");
        assertThat(count(db, "SELECT count(*) FROM gridsquare")).isEqualTo(2);
    }
}
