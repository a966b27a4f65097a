package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.TableRef.col;
import static io.retort.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.Statement;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.Operation.CreateIndex;
import io.retort.ops.TableRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three migration examples of the SmartEM user guide, rendered and run. */
class SeedExamplesTest {
    private static LiveDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(SeedExamplesTest.class);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static String sql(Operation op) {
        return db.dialect.render(op).stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    }

    private static Operation.CreateTable userPreferences(io.retort.ops.SqlType idType) {
        return new Operation.CreateTable(null, "user_preferences", List.of(
                column("id", idType).notNull(),
                column("user_id", VARCHAR).notNull(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", JSONB),
                Constraint.primaryKey("id")), null);
    }

    @Test
    void structureChangeCreatesAndDropsUserPreferences() throws Exception {
        Operation upgrade = userPreferences(INTEGER);
        Operation downgrade = new Operation.DropTable(null, "user_preferences", false, false, List.of());
        assertThat(sql(upgrade)).isEqualTo("""
                CREATE TABLE user_preferences (
                    id integer NOT NULL,
                    user_id varchar NOT NULL,
                    preference_key varchar(255) NOT NULL,
                    preference_value jsonb,
                    PRIMARY KEY (id)
                )""");
        assertThat(sql(downgrade)).isEqualTo("DROP TABLE user_preferences");
        assertThat(upgrade.reverse()).contains(downgrade);

        db.run(upgrade);
        assertThat(db.rows("SELECT column_name::text, data_type::text, character_maximum_length, is_nullable::text "
                + "FROM information_schema.columns WHERE table_name = 'user_preferences' ORDER BY ordinal_position"))
                .containsExactly(
                        java.util.Arrays.asList("id", "integer", null, "NO"),
                        java.util.Arrays.asList("user_id", "character varying", null, "NO"),
                        java.util.Arrays.asList("preference_key", "character varying", 255, "NO"),
                        java.util.Arrays.asList("preference_value", "jsonb", null, "YES"));
        assertThat(db.rows("SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'user_preferences'::regclass"))
                .containsExactly(List.of("user_preferences_pkey", "PRIMARY KEY (id)"));
        db.run(downgrade);
        assertThat(db.value("SELECT to_regclass('user_preferences')::text")).isNull();
    }

    @Test
    void indexChangeCreatesTheCompositeBtreeIndexAsInTheSmartEmSchema() throws Exception {
        db.run(new Operation.CreateTable(null, "gridsquare", List.of(column("uuid", VARCHAR).primaryKey(),
                column("status", enumOf("gridsquarestatus", "NONE", "REGISTERED")).withDefault(io.retort.ops.DefaultValue.literal("NONE")),
                column("acquisition_datetime", TIMESTAMP)), null));
        CreateIndex upgrade = CreateIndex.on("idx_gridsquare_acquisition_datetime_status", "gridsquare", "acquisition_datetime", "status")
                .using("btree");
        Operation downgrade = new Operation.DropIndex(null, "idx_gridsquare_acquisition_datetime_status", null, false, false);
        assertThat(sql(upgrade)).isEqualTo(
                "CREATE INDEX idx_gridsquare_acquisition_datetime_status ON gridsquare USING btree (acquisition_datetime, status)");
        assertThat(sql(downgrade)).isEqualTo("DROP INDEX idx_gridsquare_acquisition_datetime_status");

        db.run(upgrade);
        // the definition SmartEM's head schema has (smartem/facts/revision_changes.txt)
        assertThat(db.value("SELECT pg_get_indexdef('idx_gridsquare_acquisition_datetime_status'::regclass)"))
                .isEqualTo("CREATE INDEX idx_gridsquare_acquisition_datetime_status ON public.gridsquare USING btree (acquisition_datetime, status)");
        db.run(upgrade.reverse().orElseThrow());
        assertThat(db.value("SELECT to_regclass('idx_gridsquare_acquisition_datetime_status')::text")).isNull();
    }

    /**
     * The seed's row gives no id: SQLAlchemy makes an Integer primary key SERIAL, so the table the
     * data migration runs against is made here with a serial id.
     */
    @Test
    void dataChangeInsertsTheSystemPreferenceAndTheDowngradeDeletesIt() throws Exception {
        TableRef userPreferences = TableRef.table("user_preferences",
                col("user_id", VARCHAR), col("preference_key", VARCHAR), col("preference_value", JSON));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("user_id", "system");
        row.put("preference_key", "default_settings");
        row.put("preference_value", Map.of("theme", "light", "page_size", 50));
        Operation.BulkInsert upgrade = new Operation.BulkInsert(userPreferences, List.of(row));
        Operation downgrade = new Operation.Execute("DELETE FROM user_preferences WHERE user_id = 'system'", List.of());

        List<Statement> statements = db.dialect.render(upgrade);
        assertThat(statements).containsExactly(new Statement(
                "INSERT INTO user_preferences (user_id, preference_key, preference_value) VALUES (?, ?, ?::json)",
                List.of("system", "default_settings", "{\"page_size\":50,\"theme\":\"light\"}")));
        assertThat(db.dialect.inline(statements.get(0))).isEqualTo("INSERT INTO user_preferences (user_id, preference_key, "
                + "preference_value) VALUES ('system', 'default_settings', '{\"page_size\":50,\"theme\":\"light\"}'::json)");
        assertThat(sql(downgrade)).isEqualTo("DELETE FROM user_preferences WHERE user_id = 'system'");

        db.run(userPreferences(SERIAL));
        new PostgresBulkLoader().load(db.connection, upgrade);
        String check = "SELECT user_id, preference_key, preference_value = '{\"theme\": \"light\", \"page_size\": 50}'::jsonb "
                + "FROM user_preferences";
        assertThat(db.rows(check)).containsExactly(List.of("system", "default_settings", true));
        db.run(downgrade);
        assertThat(db.value("SELECT count(*) FROM user_preferences")).isEqualTo(0L);

        db.script(db.dialect.inline(statements.get(0))); // the offline script's statement
        assertThat(db.rows(check)).containsExactly(List.of("system", "default_settings", true));
        db.script(db.dialect.inline(db.dialect.render(downgrade).get(0)));
        assertThat(db.value("SELECT count(*) FROM user_preferences")).isEqualTo(0L);
        db.run(userPreferences(SERIAL).reverse().orElseThrow());
    }
}
