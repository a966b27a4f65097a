package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Operation.CreateIndex;
import io.retort.ops.Operation.IndexKey;
import io.retort.ops.TableElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Online: each operation's statements run on PostgreSQL, and the catalog shows what they made. */
class PostgresDialectOnlineTest {
    private static LiveDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(PostgresDialectOnlineTest.class);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<List<Object>> columns(String table) throws Exception {
        return db.rows("""
                SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""", table);
    }

    private static List<List<Object>> constraints(String table) throws Exception {
        return db.rows("SELECT conname::text, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
                + "WHERE conrelid = to_regclass(?) ORDER BY conname", table);
    }

    private static List<Object> enumLabels(String type) throws Exception {
        return db.column("SELECT enumlabel::text FROM pg_enum WHERE enumtypid = to_regtype(?) ORDER BY enumsortorder", type);
    }

    private static boolean exists(String relation) throws Exception {
        return db.value("SELECT to_regclass(?)::text", relation) != null;
    }

    @Test
    void createTableMakesColumnsConstraintsCommentsAndItsEnumAndTheReverseRemovesThem() throws Exception {
        Operation create = RenderedSamples.GRID;
        db.run(create);

        assertThat(columns("grid")).containsExactly(
                List.of("uuid", "character varying", true, "", ""),
                List.of("name", "character varying(100)", true, "'Unknown'::character varying", ""),
                List.of("count", "integer", false, "0", ""),
                List.of("active", "boolean", true, "true", ""),
                List.of("created_at", "timestamp with time zone", false, "now()", ""),
                List.of("status", "grid_status", false, "", ""),
                List.of("id", "bigint", true, "", "a"),
                List.of("code", "character(3)", false, "", ""),
                List.of("parent", "character varying", false, "", ""));
        assertThat(constraints("grid")).containsExactly(
                List.of("ck_count", "CHECK ((count >= 0))", true),
                List.of("grid_code_key", "UNIQUE (code)", true),
                List.of("grid_name_count_key", "UNIQUE (name, count)", true),
                List.of("grid_parent_fkey", "FOREIGN KEY (parent) REFERENCES grid(uuid) ON UPDATE SET NULL ON DELETE CASCADE "
                        + "DEFERRABLE INITIALLY DEFERRED", true),
                List.of("grid_pkey", "PRIMARY KEY (uuid)", true));
        assertThat(db.constraintNames("grid")).contains(PostgresNaming.primaryKey("grid"),
                PostgresNaming.unique("grid", List.of("code")), PostgresNaming.unique("grid", List.of("name", "count")),
                PostgresNaming.foreignKey("grid", List.of("parent")));
        assertThat(db.value("SELECT obj_description('grid'::regclass, 'pg_class')")).isEqualTo("Grids, as 'scanned'");
        assertThat(db.value("SELECT col_description('grid'::regclass, 2)")).isEqualTo("display name");
        assertThat(enumLabels("grid_status")).containsExactly("none", "scanned");
        assertThat(db.value("SELECT pg_get_serial_sequence('grid', 'id')")).isEqualTo("public." + PostgresNaming.sequence("grid", "id"));

        db.run(create.reverse().orElseThrow());
        assertThat(exists("grid")).isFalse();
        assertThat(db.value("SELECT to_regtype('grid_status')::text")).isNull();
    }

    @Test
    void everyTypeGivesTheColumnTypePostgresReports() throws Exception {
        db.run(new Operation.CreateEnum(null, TypeSamples.ENUM, List.of("light", "dark")));
        List<TypeSamples.Sample> samples = TypeSamples.ALL.stream().filter(s -> s.reported() != null).toList();
        List<TableElement> columns = new ArrayList<>();
        samples.forEach(sample -> columns.add(column("c" + columns.size(), sample.type())));
        db.run(new Operation.CreateTable(null, "all_types", columns, null));

        List<List<Object>> actual = columns("all_types");
        List<String> types = actual.stream().map(row -> (String) row.get(1)).toList();
        assertThat(types).containsExactlyElementsOf(samples.stream().map(TypeSamples.Sample::reported).toList());
        assertThat(actual.get(3).get(3)).isEqualTo("nextval('" + PostgresNaming.sequence("all_types", "c3") + "'::regclass)");
    }

    @Test
    void dropTableIfExistsCascadeDropsDependentsOnly() throws Exception {
        db.run(new Operation.CreateTable(null, "parent_d", List.of(column("id", INTEGER).primaryKey()), null),
                new Operation.CreateTable(null, "child_d", List.of(column("pid", INTEGER), Constraint.foreignKey("pid", "parent_d", "id")), null));
        db.run(new Operation.DropTable(null, "parent_d", true, true, List.of()),
                new Operation.DropTable(null, "never_was", true, false, List.of()));
        assertThat(exists("parent_d")).isFalse();
        assertThat(exists("child_d")).isTrue();
        assertThat(db.constraintNames("child_d")).isEmpty();
    }

    @Test
    void renameAndCommentOnTable() throws Exception {
        db.run(new Operation.CreateTable(null, "old_name", List.of(column("a", INTEGER)), null),
                new Operation.RenameTable(null, "old_name", "New Name"),
                new Operation.CommentOnTable(null, "New Name", "first", null));
        assertThat(exists("old_name")).isFalse();
        assertThat(db.value("SELECT obj_description('\"New Name\"'::regclass, 'pg_class')")).isEqualTo("first");
        db.run(new Operation.CommentOnTable(null, "New Name", "first", null).reverse().orElseThrow());
        assertThat(db.value("SELECT obj_description('\"New Name\"'::regclass, 'pg_class')")).isNull();
    }

    @Test
    void addAndDropColumns() throws Exception {
        db.run(new Operation.CreateTable(null, "items", List.of(column("a", INTEGER)), null));
        db.script("INSERT INTO items VALUES (1)");
        db.run(new Operation.AddColumn(null, "items", column("label", varchar(20)).notNull().defaultValue("0").comment("the label")),
                new Operation.AddColumn(null, "items", column("n", BIGINT).identity(Column.Identity.BY_DEFAULT)),
                new Operation.AddColumn(null, "items", column("gone", TEXT)));
        assertThat(columns("items")).containsExactly(
                List.of("a", "integer", false, "", ""),
                List.of("label", "character varying(20)", true, "'0'::character varying", ""),
                List.of("n", "bigint", true, "", "d"),
                List.of("gone", "text", false, "", ""));
        assertThat(db.rows("SELECT label, n FROM items")).containsExactly(List.of("0", 1L));
        assertThat(db.value("SELECT col_description('items'::regclass, 2)")).isEqualTo("the label");
        db.run(new Operation.AddColumn(null, "items", column("gone", TEXT)).reverse().orElseThrow(),
                new Operation.DropColumn(null, "items", "never_was", true));
        assertThat(columns("items")).hasSize(3);
    }

    @Test
    void alterColumnChangesTypeNullabilityDefaultCommentAndName() throws Exception {
        db.run(new Operation.CreateTable(null, "measure", List.of(column("reading", TEXT).defaultValue("0")), null));
        db.script("INSERT INTO measure VALUES ('42')");
        db.run(AlterColumn.of("measure", "reading").type(INTEGER).using("reading::integer").nullable(false)
                .setDefault(DefaultValue.literal(7)).comment("in mV").rename("value"));
        assertThat(columns("measure")).containsExactly(List.of("value", "integer", true, "7", ""));
        assertThat(db.value("SELECT col_description('measure'::regclass, 1)")).isEqualTo("in mV");
        assertThat(db.value("SELECT value FROM measure")).isEqualTo(42);

        db.run(AlterColumn.of("measure", "value").nullable(true).dropDefault());
        assertThat(columns("measure")).containsExactly(List.of("value", "integer", false, "", ""));
    }

    @Test
    void createIndexWithEveryOptionAndDropIt() throws Exception {
        db.run(new Operation.CreateTable(null, "gridsquare", List.of(column("acquisition_datetime", TIMESTAMP),
                column("status", TEXT), column("email", TEXT), column("deleted_at", TIMESTAMP), column("name", TEXT),
                column("doc", JSONB)), null));
        db.run(CreateIndex.on("idx_gs_status", "gridsquare", "acquisition_datetime", "status").using("btree"),
                new CreateIndex(null, "ix_email", "gridsquare", List.of(IndexKey.expression("lower(email)")), true, null,
                        "deleted_at IS NULL", List.of("name"), false, false),
                CreateIndex.on("ix_doc", "gridsquare", "doc").using("gin"),
                CreateIndex.on("ix_name", "gridsquare", "name").concurrently().ifNotExists(),
                CreateIndex.on("ix_name", "gridsquare", "name").concurrently().ifNotExists());
        CreateIndex unnamed = new CreateIndex(null, null, "gridsquare", List.of(IndexKey.column("status"),
                IndexKey.expression("lower(email)"), IndexKey.expression("lower(name)")), false, null, null, List.of(), false, false);
        db.run(unnamed);

        assertThat(db.column("SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'gridsquare'::regclass ORDER BY indexrelid"))
                .containsExactly(
                        "CREATE INDEX idx_gs_status ON public.gridsquare USING btree (acquisition_datetime, status)",
                        "CREATE UNIQUE INDEX ix_email ON public.gridsquare USING btree (lower(email)) INCLUDE (name) WHERE (deleted_at IS NULL)",
                        "CREATE INDEX ix_doc ON public.gridsquare USING gin (doc)",
                        "CREATE INDEX ix_name ON public.gridsquare USING btree (name)",
                        "CREATE INDEX gridsquare_status_lower_lower1_idx ON public.gridsquare USING btree (status, lower(email), lower(name))");

        db.run(unnamed.reverse(new PostgresNaming()).orElseThrow(),
                new Operation.DropIndex(null, "ix_name", "gridsquare", true, true),
                new Operation.DropIndex(null, "ix_name", "gridsquare", true, false),
                CreateIndex.on("idx_gs_status", "gridsquare").reverse(new PostgresNaming()).orElseThrow());
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'gridsquare'::regclass ORDER BY 1"))
                .containsExactly("ix_doc", "ix_email");
    }

    @Test
    void unnamedConstraintsGetThePredictedNamesAndReverseDropsThem() throws Exception {
        db.run(new Operation.CreateTable(null, "depot", List.of(column("id", INTEGER).notNull(), column("code", TEXT)), null),
                new Operation.CreateTable(null, "shipment", List.of(column("depot_id", INTEGER), column("qty", INTEGER),
                        column("lo", INTEGER), column("hi", INTEGER)), null));
        db.script("INSERT INTO shipment VALUES (99, 1, 1, 2)");
        List<Operation.AddConstraint> adds = List.of(
                new Operation.AddConstraint(null, "depot", Constraint.primaryKey("id")),
                new Operation.AddConstraint(null, "depot", Constraint.unique("code")),
                new Operation.AddConstraint(null, "shipment", Constraint.check("qty > 0 AND qty IS NOT NULL")),
                new Operation.AddConstraint(null, "shipment", Constraint.check("lo <= hi")),
                new Operation.AddConstraint(null, "shipment", Constraint.foreignKey("depot_id", "depot", "id").onDelete("set null").notValid()));
        for (Operation.AddConstraint add : adds) {
            db.run(add);
        }
        assertThat(db.constraintNames("depot")).containsExactly("depot_code_key", "depot_pkey");
        assertThat(db.constraintNames("shipment")).containsExactly("shipment_check", "shipment_depot_id_fkey", "shipment_qty_check");
        for (Operation.AddConstraint add : adds) {
            assertThat(db.constraintNames(add.table())).contains(new PostgresNaming().nameOf(add.table(), add.constraint()));
        }
        assertThat(db.value("SELECT confdeltype::text || convalidated FROM pg_constraint WHERE conname = 'shipment_depot_id_fkey'"))
                .isEqualTo("nfalse");

        db.script("DELETE FROM shipment");
        db.run(new Operation.ValidateConstraint(null, "shipment", "shipment_depot_id_fkey"));
        assertThat(db.value("SELECT convalidated FROM pg_constraint WHERE conname = 'shipment_depot_id_fkey'")).isEqualTo(true);

        for (int i = adds.size() - 1; i >= 0; i--) {
            db.run(adds.get(i).reverse(new PostgresNaming()).orElseThrow());
        }
        assertThat(db.constraintNames("depot")).isEmpty();
        assertThat(db.constraintNames("shipment")).isEmpty();
        db.run(new Operation.DropConstraint(null, "shipment", "never_was", true, false));
    }

    @Test
    void enumValuesAreAddedWhereAskedAndRenamed() throws Exception {
        db.run(new Operation.CreateEnum(null, "mood", List.of("sad", "happy")),
                new Operation.AddEnumValue(null, "mood", "meh", "happy", null, false),
                new Operation.AddEnumValue(null, "mood", "glad", null, "happy", false),
                new Operation.AddEnumValue(null, "mood", "sad", null, null, true),
                new Operation.AddEnumValue(null, "mood", "ecstatic", null, null, false),
                new Operation.RenameEnumValue(null, "mood", "sad", "blue"));
        assertThat(enumLabels("mood")).containsExactly("blue", "meh", "happy", "glad", "ecstatic");
        db.run(new Operation.CreateEnum(null, "mood", List.of()).reverse().orElseThrow(), new Operation.DropEnum(null, "mood", true));
        assertThat(db.value("SELECT to_regtype('mood')::text")).isNull();
    }

    @Test
    void sequenceWithTypeStartIncrementAndOwner() throws Exception {
        db.run(new Operation.CreateTable(null, "ticket", List.of(column("no", INTEGER)), null),
                new Operation.CreateSequence(null, "ticket_no", "integer", 100L, 5L, "ticket.no"));
        assertThat(db.rows("SELECT data_type::text, start_value, increment_by FROM pg_sequences WHERE sequencename = 'ticket_no'"))
                .containsExactly(List.of("integer", 100L, 5L));
        assertThat(db.column("SELECT nextval('ticket_no') FROM generate_series(1, 2)")).containsExactly(100L, 105L);
        assertThat(db.value("SELECT pg_get_serial_sequence('ticket', 'no')")).isEqualTo("public.ticket_no");
        db.run(new Operation.CreateSequence(null, "ticket_no", null, null, null, null).reverse().orElseThrow(),
                new Operation.DropSequence(null, "ticket_no", true));
        assertThat(exists("ticket_no")).isFalse();
    }

    @Test
    void schemasAndExtensions() throws Exception {
        db.run(new Operation.CreateSchema("Acq Ext", false), new Operation.CreateSchema("Acq Ext", true),
                new Operation.CreateExtension("uuid-ossp", "Acq Ext", true),
                new Operation.CreateTable("Acq Ext", "row", List.of(column("id", UUID).defaultSql("\"Acq Ext\".uuid_generate_v4()")), null));
        assertThat(db.value("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'uuid-ossp'"))
                .isEqualTo("\"Acq Ext\"");
        db.script("INSERT INTO \"Acq Ext\".\"row\" DEFAULT VALUES");
        assertThat(db.value("SELECT count(id) FROM \"Acq Ext\".\"row\"")).isEqualTo(1L);

        db.run(new Operation.DropTable("Acq Ext", "row", false, false, List.of()),
                new Operation.CreateExtension("uuid-ossp", null, true).reverse().orElseThrow(),
                new Operation.DropExtension("uuid-ossp", true),
                new Operation.CreateTable("Acq Ext", "other", List.of(column("a", INTEGER)), null),
                new Operation.DropSchema("Acq Ext", false, true), new Operation.DropSchema("Acq Ext", true, false));
        assertThat(db.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'Acq Ext'")).isEqualTo(0L);
        assertThat(db.value("SELECT count(*) FROM pg_extension WHERE extname = 'uuid-ossp'")).isEqualTo(0L);
    }

    @Test
    void aQuestionMarkInDdlIsTheJsonbOperatorNotAPlaceholder() throws Exception {
        db.run(new Operation.CreateTable(null, "docs", List.of(column("doc", JSONB)), null),
                new Operation.AddConstraint(null, "docs", Constraint.check("doc ? 'kind'")));
        assertThat(db.constraintNames("docs")).containsExactly(PostgresNaming.check("docs", "doc ? 'kind'"));
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'docs_doc_check'"))
                .isEqualTo("CHECK ((doc ? 'kind'::text))");
    }

    @Test
    void executeBindsItsParameters() throws Exception {
        db.run(new Operation.CreateTable(null, "notes", List.of(column("a", TEXT), column("b", INTEGER)), null),
                new Operation.Execute("INSERT INTO notes (a, b) VALUES (?, ?)", Arrays.asList("x'; DROP TABLE notes; --", null)));
        assertThat(db.rows("SELECT a, b FROM notes")).containsExactly(Arrays.asList("x'; DROP TABLE notes; --", null));
    }
}
