package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.schema.DatabaseSchema;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.InspectOptions;
import io.retort.autogen.SchemaComparison;
import io.retort.schema.TableDef;
import io.retort.testing.SmartemFacts;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inspector on SmartEM's schema at head, loaded from its pg_dump (smartem/facts/head_schema.sql). */
class PostgresInspectorSmartemTest {
    static final Path HEAD_SCHEMA = SmartemFacts.headSchema();

    private static TestDatabase db;
    private static DatabaseSchema schema;

    @BeforeAll
    static void loadHeadSchema() throws Exception {
        db = TestDatabase.create(PostgresInspectorSmartemTest.class);
        SqlScripts.load(db, HEAD_SCHEMA);
        try (Connection c = db.connect()) {
            schema = new PostgresInspector().inspect(c, InspectOptions.defaults());
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void seesTheApplicationTablesButNotAlembicVersion() {
        assertThat(schema.tables()).hasSize(26);
        assertThat(schema.table("alembic_version")).isEmpty();
        assertThat(schema.tables().stream().mapToInt(t -> t.columns().size()).sum()).isEqualTo(246);
    }

    @Test
    void countsMatchTheReadme() {
        assertThat(schema.enums()).hasSize(5);
        assertThat(schema.sequences()).hasSize(12);
        assertThat(schema.indexes()).hasSize(61);
        assertThat(schema.indexes().stream().filter(i -> !i.backsConstraint())).hasSize(35);
        assertThat(schema.tables().stream().filter(t -> t.primaryKey() != null)).hasSize(26);
        assertThat(schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(47);
        assertThat(schema.tables().stream().mapToInt(t -> t.uniques().size()).sum()).isZero();
        assertThat(schema.tables().stream().flatMap(t -> t.foreignKeys().values().stream()).map(ForeignKeyDef::onDelete))
                .containsOnly("NO ACTION");
    }

    @Test
    void agentSessionIdIsIntegerButItsSequenceStaysBigint() {
        TableDef agentsession = schema.table("agentsession").orElseThrow();
        assertThat(agentsession.column("id").orElseThrow().type()).isEqualTo("integer");
        assertThat(agentsession.column("id").orElseThrow().defaultExpression())
                .isEqualTo("nextval('agentsession_id_seq'::regclass)");
        assertThat(schema.schemas().get("public").sequences().get("agentsession_id_seq").dataType()).isEqualTo("bigint");
        assertThat(schema.schemas().get("public").sequences().get("agentsession_id_seq").ownedBy()).isEqualTo("agentsession.id");
    }

    @Test
    void aSecondLoadComparesEqual() throws Exception {
        try (TestDatabase again = TestDatabase.create(PostgresInspectorSmartemTest.class)) {
            SqlScripts.load(again, HEAD_SCHEMA);
            try (Connection c = again.connect()) {
                assertThat(SchemaComparison.differences(schema, new PostgresInspector().inspect(c))).isEmpty();
            }
        }
    }

    @Test
    void readsSmartemDetails() {
        assertThat(schema.table("acquisition").orElseThrow().column("name").orElseThrow().defaultExpression())
                .isEqualTo("'Unknown'::character varying");
        assertThat(schema.table("acquisition").orElseThrow().column("status").orElseThrow().type())
                .isEqualTo("acquisitionstatus");
        IndexDef composite = schema.table("agentlog").orElseThrow().indexes().get("ix_agentlog_agent_id_id");
        assertThat(composite.keyColumns()).containsExactly("agent_id", "id");
        assertThat(schema.table("agentlog").orElseThrow().indexes().get("ix_agentlog_timestamp").keys())
                .isEqualTo("\"timestamp\"");
        assertThat(schema.table("atlastilegridsquareposition").orElseThrow().primaryKey().columns())
                .containsExactly("atlastile_uuid", "gridsquare_uuid");
    }
}
