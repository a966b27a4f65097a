package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.TableDef;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Upgrades one revision at a time and checks each step against the facts: the object counts of
 * the README's table and spot checks of revision_changes.txt.
 */
class RevisionStepsTest {
    static TestDatabase db;
    static Retort retort;

    /** One row of the README's "object counts after each revision" table. */
    record Counts(int tables, int columns, int indexes, int plainIndexes, int primaryKeys, int foreignKeys,
                  int uniques, int cascades, int enums, int sequences, long modelRows) {

        static Counts of(DatabaseSchema schema, long modelRows) {
            List<TableDef> tables = schema.tables();
            List<ForeignKeyDef> fks = tables.stream().flatMap(t -> t.foreignKeys().values().stream()).toList();
            return new Counts(tables.size(),
                    tables.stream().mapToInt(t -> t.columns().size()).sum(),
                    schema.indexes().size(),
                    (int) schema.indexes().stream().filter(i -> !i.backsConstraint()).count(),
                    (int) tables.stream().filter(t -> t.primaryKey() != null).count(),
                    fks.size(),
                    tables.stream().mapToInt(t -> t.uniques().size()).sum(),
                    (int) fks.stream().filter(f -> f.onDelete().equals("CASCADE")).count(),
                    schema.enums().size(),
                    schema.sequences().size(),
                    modelRows);
        }
    }

    static final Map<String, Counts> EXPECTED = Map.of(
            "001", new Counts(16, 185, 49, 30, 16, 20, 3, 20, 5, 6, 0),
            "002", new Counts(16, 185, 51, 32, 16, 20, 3, 20, 5, 6, 0),
            "003", new Counts(16, 185, 51, 32, 16, 20, 3, 20, 5, 6, 4),
            "33107394dcd1", new Counts(21, 213, 30, 6, 21, 36, 3, 20, 5, 9, 4),
            "87f8c5e11906", new Counts(21, 213, 50, 29, 21, 36, 0, 0, 5, 9, 4),
            "a1b2c3d4e5f6", new Counts(21, 214, 50, 29, 21, 36, 0, 0, 5, 9, 4),
            "b2c3d4e5f6a7", new Counts(25, 234, 54, 29, 25, 47, 0, 0, 5, 11, 4),
            "b3c4d5e6f7a8", new Counts(26, 243, 61, 35, 26, 47, 0, 0, 5, 12, 4),
            "c4d5e6f7a8b9", new Counts(26, 246, 61, 35, 26, 47, 0, 0, 5, 12, 4));

    static final Map<String, Consumer<DatabaseSchema>> SPOT_CHECKS = Map.of(
            "001", RevisionStepsTest::baseline,
            "002", s -> assertThat(index(s, "gridsquare", "idx_gridsquare_acquisition_datetime_status").definition())
                    .isEqualTo("CREATE INDEX idx_gridsquare_acquisition_datetime_status ON public.gridsquare "
                            + "USING btree (acquisition_datetime, status)"),
            "003", s -> assertThat(column(db, "SELECT name FROM qualitypredictionmodel ORDER BY name"))
                    .containsExactly("Bender", "Claptrap", "R2-D2", "WALL-E"),
            "33107394dcd1", RevisionStepsTest::qualityMetrics,
            "87f8c5e11906", RevisionStepsTest::driftFixed,
            "a1b2c3d4e5f6", s -> assertThat(col(s, "overallqualityprediction", "suggested_acquisition_index"))
                    .extracting(ColumnDef::type, ColumnDef::notNull, ColumnDef::defaultExpression)
                    .containsExactly("integer", true, null),
            "b2c3d4e5f6a7", s -> assertThat(table(s, "foilholegroupmembership").primaryKey().columns())
                    .containsExactly("group_uuid", "foilhole_uuid"),
            "b3c4d5e6f7a8", s -> assertThat(index(s, "agentlog", "ix_agentlog_agent_id_id").keys())
                    .isEqualTo("agent_id, id"),
            "c4d5e6f7a8b9", s -> assertThat(table(s, "qualitypredictionmodel").columnNames())
                    .containsExactly("name", "description", "level", "can_train", "can_infer", "can_update"));

    @BeforeAll
    static void create() {
        db = TestDatabase.create(RevisionStepsTest.class);
        retort = retort(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @TestFactory
    Stream<DynamicTest> eachRevisionChangesWhatTheFactsSay() {
        return ORIGINAL_CHAIN.stream().map(revision -> DynamicTest.dynamicTest(revision, () -> {
            assertThat(retort.upgrade(revision)).containsExactly(revision);
            assertThat(retort.current()).containsExactly(revision);
            DatabaseSchema schema = inspect(db);
            assertThat(Counts.of(schema, count(db, "SELECT count(*) FROM qualitypredictionmodel")))
                    .isEqualTo(EXPECTED.get(revision));
            SPOT_CHECKS.get(revision).accept(schema);
        }));
    }

    private static void baseline(DatabaseSchema s) {
        assertThat(col(s, "agentsession", "id").type()).isEqualTo("bigint");
        assertThat(col(s, "agentsession", "id").defaultExpression())
                .isEqualTo("nextval('agentsession_id_seq'::regclass)");
        assertThat(table(s, "agentsession").uniques()).containsOnlyKeys("agentsession_session_id_key");
        assertThat(col(s, "acquisition", "status").defaultExpression()).isEqualTo("'PLANNED'::acquisitionstatus");
        assertThat(col(s, "agentinstruction", "retry_count").defaultExpression()).isEqualTo("0");
        assertThat(col(s, "foilhole", "is_near_grid_bar").defaultExpression()).isEqualTo("false");
        assertThat(col(s, "agentinstruction", "payload")).extracting(ColumnDef::type, ColumnDef::notNull)
                .containsExactly("jsonb", true);
        assertThat(s.sequences()).filteredOn(q -> q.name().equals("qualityprediction_id_seq"))
                .singleElement().extracting(q -> q.dataType()).isEqualTo("integer");
        assertThat(table(s, "qualitypredictionmodelweight").columnNames()).contains("origin");
    }

    private static void qualityMetrics(DatabaseSchema s) {
        assertThat(col(s, "grid", "prediction_updated_time"))
                .extracting(ColumnDef::type, ColumnDef::notNull, ColumnDef::defaultExpression)
                .containsExactly("timestamp without time zone", true, null);
        assertThat(table(s, "qualitypredictionmodelweight").columnNames()).doesNotContain("origin");
        assertThat(s.indexes()).extracting(IndexDef::name).filteredOn(n -> n.startsWith("idx_agent_"))
                .containsExactlyInAnyOrder("idx_agent_session_agent_status", "idx_agent_instruction_session_status",
                        "idx_agent_instruction_agent_created", "idx_agent_connection_agent_status");
        assertThat(table(s, "qualityprediction").foreignKeys()).containsKey("qualityprediction_metric_name_fkey");
        assertThat(table(s, "qualitymetric").column("description").orElseThrow().defaultExpression()).isNull();
        assertThat(table(s, "qualitymetricstatistics").primaryKey().columns()).containsExactly("name", "grid_uuid");
    }

    private static void driftFixed(DatabaseSchema s) {
        assertThat(col(s, "agentsession", "id").type()).isEqualTo("integer");
        assertThat(s.sequences()).filteredOn(q -> q.name().equals("agentsession_id_seq"))
                .singleElement().extracting(q -> q.dataType()).isEqualTo("bigint");
        assertThat(col(s, "acquisition", "status").notNull()).isFalse();
        assertThat(col(s, "acquisition", "status").defaultExpression()).isEqualTo("'PLANNED'::acquisitionstatus");
        assertThat(col(s, "agentinstruction", "payload").notNull()).isFalse();
        assertThat(index(s, "agentsession", "ix_agentsession_session_id").unique()).isTrue();
        assertThat(table(s, "grid").foreignKeys().get("grid_acquisition_uuid_fkey").onDelete()).isEqualTo("NO ACTION");
        assertThat(table(s, "gridsquare").indexes()).containsOnlyKeys("gridsquare_pkey");
    }

    private static TableDef table(DatabaseSchema s, String name) {
        return s.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnDef col(DatabaseSchema s, String table, String column) {
        return table(s, table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    private static IndexDef index(DatabaseSchema s, String table, String name) {
        IndexDef index = table(s, table).indexes().get(name);
        assertThat(index).as("index " + name).isNotNull();
        return index;
    }
}
