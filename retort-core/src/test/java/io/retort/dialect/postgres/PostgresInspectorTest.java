package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.ColumnDef.Identity;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.EnumType;
import io.retort.schema.EveryElementSchema;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.InspectOptions;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import io.retort.schema.UniqueDef;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresInspectorTest {
    private static TestDatabase db;
    private static DatabaseSchema schema;

    @BeforeAll
    static void inspectEveryElement() throws Exception {
        db = TestDatabase.create(PostgresInspectorTest.class);
        SqlScripts.execute(db, EveryElementSchema.SQL);
        try (Connection c = db.connect()) {
            schema = new PostgresInspector().inspect(c, InspectOptions.defaults().withSchemas("public", "audit"));
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static TableDef table(String name) {
        return schema.table(name).orElseThrow();
    }

    private static ColumnDef column(String table, String column) {
        return table(table).column(column).orElseThrow();
    }

    @Test
    void readsTheChosenSchemasWithoutBookkeepingTables() {
        assertThat(schema.schemas()).containsOnlyKeys("audit", "public");
        assertThat(schema.schemas().get("public").tables()).containsOnlyKeys("account", "event", "membership", "nothing_yet");
        assertThat(schema.schemas().get("audit").tables()).containsOnlyKeys("entry");
        assertThat(schema.schemas().get("public").extensions()).containsExactly("citext");
    }

    @Test
    void readsColumnsInTableOrderWithTypesAndDefaultsAsPostgresPrintsThem() {
        TableDef account = table("account");
        assertThat(account.columnNames()).containsExactly("id", "email", "name", "nick", "mood", "tags", "scores",
                "balance", "created", "updated", "ratio", "settings", "external_id", "name_upper");
        assertThat(account.columns()).extracting(ColumnDef::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(account.columns()).extracting(ColumnDef::type).containsExactly("integer", "character varying(255)",
                "character varying", "citext", "mood", "text[]", "integer[]", "numeric(12,2)",
                "timestamp without time zone", "timestamp with time zone", "double precision", "jsonb", "uuid", "text");
        assertThat(account.columns()).extracting(ColumnDef::defaultExpression).containsExactly(
                "nextval('account_id_seq'::regclass)", null, null, null, "'ok'::mood", "'{}'::text[]", null, "0", "now()",
                null, null, null, "gen_random_uuid()", null);
        assertThat(account.columns()).extracting(ColumnDef::notNull).containsExactly(
                true, true, false, false, true, false, false, true, true, false, false, false, false, false);
        assertThat(column("account", "name_upper").generatedExpression()).isEqualTo("upper((name)::text)");
        assertThat(account.comment()).isEqualTo("People who log in");
        assertThat(column("account", "email").comment()).isEqualTo("Login address");
        assertThat(column("account", "id").identity()).isEqualTo(Identity.NONE);
    }

    @Test
    void readsIdentityColumnsAndTypesOutsideTheSearchPath() {
        TableDef entry = table("audit.entry");
        assertThat(entry.columns()).extracting(ColumnDef::identity)
                .containsExactly(Identity.ALWAYS, Identity.BY_DEFAULT, Identity.NONE, Identity.NONE, Identity.NONE);
        assertThat(column("audit.entry", "level").type()).isEqualTo("audit.level");
        assertThat(column("audit.entry", "level").defaultExpression()).isEqualTo("'low'::audit.level");
        assertThat(entry.foreignKeys().get("entry_account_id_fkey")).isEqualTo(new ForeignKeyDef("entry_account_id_fkey",
                List.of("account_id"), "public", "account", List.of("id"), "SET DEFAULT", "NO ACTION", "FULL",
                false, false, true));
    }

    @Test
    void readsKeysAndConstraints() {
        assertThat(table("membership").primaryKey())
                .isEqualTo(new PrimaryKeyDef("membership_pkey", List.of("account_id", "group_name")));
        assertThat(table("membership").foreignKeys().values()).containsExactly(
                new ForeignKeyDef("membership_account_id_fkey", List.of("account_id"), "public", "account",
                        List.of("id"), "RESTRICT", "NO ACTION", "SIMPLE", false, false, true),
                new ForeignKeyDef("membership_sponsor_fkey", List.of("sponsor_id"), "public", "account",
                        List.of("id"), "SET NULL", "NO ACTION", "SIMPLE", true, true, true));
        assertThat(table("event").foreignKeys().get("event_account_id_fkey"))
                .extracting(ForeignKeyDef::onDelete, ForeignKeyDef::onUpdate).containsExactly("CASCADE", "CASCADE");
        assertThat(table("membership").uniques().values()).containsExactly(
                new UniqueDef("membership_sponsor_role_key", List.of("sponsor_id", "role"), true, false));
        assertThat(table("account").uniques()).containsOnlyKeys("account_email_key");
        assertThat(table("account").checks().values())
                .containsExactly(new CheckDef("account_balance_check", "(balance >= (0)::numeric)", true, false));
        assertThat(table("event").checks().values())
                .containsExactly(new CheckDef("event_kind_check", "(length(kind) > 0)", false, false));
        assertThat(table("membership").checks().get("membership_role_check").expression())
                .isEqualTo("(role = ANY (ARRAY['member'::text, 'admin'::text]))");
        assertThat(table("nothing_yet").columns()).isEmpty();
        assertThat(table("nothing_yet").primaryKey()).isNull();
    }

    @Test
    void readsEveryKindOfIndex() {
        assertThat(schema.indexes()).hasSize(13);
        IndexDef partial = table("event").indexes().get("event_recent_ix");
        assertThat(partial).isEqualTo(new IndexDef("event_recent_ix", false, "btree", "happened_at DESC",
                List.of("happened_at"), List.of(), "(kind <> 'debug'::text)",
                "CREATE INDEX event_recent_ix ON public.event USING btree (happened_at DESC) WHERE (kind <> 'debug'::text)",
                false));
        IndexDef covering = table("event").indexes().get("event_account_ix");
        assertThat(covering.keyColumns()).containsExactly("account_id");
        assertThat(covering.includeColumns()).containsExactly("kind");
        assertThat(table("account").indexes().get("account_lower_email_ix").keys()).isEqualTo("lower((email)::text)");
        assertThat(table("account").indexes().get("account_name_hash_ix").method()).isEqualTo("hash");
        assertThat(table("event").indexes().get("event_payload_ix").method()).isEqualTo("gin");
        assertThat(table("membership").indexes().get("Role (pattern)").keys()).isEqualTo("role text_pattern_ops");
        IndexDef uniqueIndex = table("account").indexes().get("account_external_id_uix");
        IndexDef uniqueConstraint = table("account").indexes().get("account_email_key");
        assertThat(uniqueIndex.unique()).isTrue();
        assertThat(uniqueIndex.backsConstraint()).isFalse();
        assertThat(uniqueConstraint.unique()).isTrue();
        assertThat(uniqueConstraint.backsConstraint()).isTrue();
        assertThat(table("membership").indexes().get("membership_pkey").backsConstraint()).isTrue();
    }

    @Test
    void readsEnumsAndSequencesWithTheirOwners() {
        assertThat(schema.enums()).containsExactly(
                new EnumType("audit", "level", List.of("low", "high")),
                new EnumType("public", "mood", List.of("sad", "ok", "happy")));
        assertThat(schema.schemas().get("public").sequences()).containsOnlyKeys("account_id_seq", "event_id_seq", "invoice_number");
        assertThat(schema.schemas().get("public").sequences().get("invoice_number"))
                .isEqualTo(new SequenceDef("public", "invoice_number", "integer", 1000, 10, 1, 999999, 1, true, null));
        assertThat(schema.schemas().get("public").sequences().get("event_id_seq"))
                .isEqualTo(new SequenceDef("public", "event_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "event.id"));
        assertThat(schema.schemas().get("audit").sequences().values()).extracting(SequenceDef::name, SequenceDef::ownedBy,
                SequenceDef::start, SequenceDef::increment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("entry_id_seq", "entry.id", 1L, 1L),
                org.assertj.core.groups.Tuple.tuple("entry_seq_no_seq", "entry.seq_no", 100L, 5L));
    }

    @Test
    void exclusionsCanBeReplaced() throws Exception {
        try (Connection c = db.connect()) {
            DatabaseSchema everything = new PostgresInspector().inspect(c, InspectOptions.defaults().withExcludedTables());
            assertThat(everything.schemas()).containsOnlyKeys("public");
            assertThat(everything.schemas().get("public").tables()).containsKeys("alembic_version", "retort_history");
            assertThat(everything.schemas().get("public").sequences()).containsKey("retort_history_id_seq");
        }
    }
}
