package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Operation.CreateIndex;
import io.retort.ops.Operation.IndexKey;
import io.retort.ops.TableRef;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Offline: the exact SQL each operation renders to. */
class PostgresDialectRenderTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private String sql(Operation op) {
        return dialect.render(op).stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    }

    @Test
    void everyOperationTypeRenders() {
        List<String> unrendered = Arrays.stream(Operation.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .filter(name -> !RenderedSamples.NAMES.contains(name))
                .toList();
        assertThat(unrendered).as("operation types without a sample in RenderedSamples").isEmpty();
        for (Operation op : RenderedSamples.ALL) {
            assertThat(dialect.render(op)).as(op.toString()).isNotNull();
        }
    }

    @Test
    void createTableWithEnumConstraintsAndComments() {
        Operation op = RenderedSamples.GRID;
        assertThat(sql(op)).isEqualTo("""
                CREATE TYPE grid_status AS ENUM ('none', 'scanned');
                CREATE TABLE grid (
                    uuid varchar NOT NULL PRIMARY KEY,
                    name varchar(100) DEFAULT 'Unknown' NOT NULL,
                    count integer DEFAULT 0,
                    active boolean DEFAULT true NOT NULL,
                    created_at timestamp with time zone DEFAULT now(),
                    status grid_status,
                    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                    code char(3) UNIQUE,
                    parent varchar,
                    UNIQUE (name, count),
                    CONSTRAINT ck_count CHECK (count >= 0),
                    FOREIGN KEY (parent) REFERENCES grid (uuid) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
                );
                COMMENT ON TABLE grid IS 'Grids, as ''scanned''';
                COMMENT ON COLUMN grid.name IS 'display name'""");
    }

    @Test
    void createTableInSchemaWithNamedPrimaryKeyAndNotValidForeignKeyIgnored() {
        Operation op = new Operation.CreateTable("Acq", "user", List.of(
                column("id", SERIAL),
                column("group", INTEGER),
                new Constraint.PrimaryKey("user_pk", List.of("id")),
                new Constraint.ForeignKey(null, List.of("group"), "Acq", "order", List.of(), null, null, false, false, true)),
                null);
        assertThat(sql(op)).isEqualTo("""
                CREATE TABLE "Acq"."user" (
                    id serial,
                    "group" integer,
                    CONSTRAINT user_pk PRIMARY KEY (id),
                    FOREIGN KEY ("group") REFERENCES "Acq"."order"
                )""");
        assertThat(sql(new Operation.CreateTable(null, "empty", List.of(), null))).isEqualTo("CREATE TABLE empty ()");
    }

    @Test
    void dropTable() {
        assertThat(sql(new Operation.DropTable(null, "grid", false, false, List.of()))).isEqualTo("DROP TABLE grid");
        assertThat(sql(new Operation.DropTable("s", "grid", true, true, List.of(enumOf("grid_status", "a")))))
                .isEqualTo("DROP TABLE IF EXISTS s.grid CASCADE;\nDROP TYPE grid_status");
    }

    @Test
    void createTableReverseDropsTheTableThenItsEnums() {
        Operation create = new Operation.CreateTable(null, "t", List.of(column("s", enumOf("mood", "ok")),
                column("t", arrayOf(enumOf("mood", "ok"))), column("u", enumOf("other", "x").existing())), null);
        assertThat(sql(create.reverse().orElseThrow())).isEqualTo("DROP TABLE t;\nDROP TYPE mood");
    }

    @Test
    void renameAndCommentOnTable() {
        assertThat(sql(new Operation.RenameTable("s", "grid", "Grid"))).isEqualTo("ALTER TABLE s.grid RENAME TO \"Grid\"");
        assertThat(sql(new Operation.CommentOnTable(null, "grid", "it's", null))).isEqualTo("COMMENT ON TABLE grid IS 'it''s'");
        assertThat(sql(new Operation.CommentOnTable(null, "grid", null, "old"))).isEqualTo("COMMENT ON TABLE grid IS NULL");
    }

    @Test
    void addColumn() {
        assertThat(sql(new Operation.AddColumn(null, "grid", column("score", numeric(10, 2)).notNull().defaultValue("0"))))
                .isEqualTo("ALTER TABLE grid ADD COLUMN score numeric(10, 2) DEFAULT '0' NOT NULL");
        assertThat(sql(new Operation.AddColumn("s", "grid", column("n", BIGINT).identity(Column.Identity.BY_DEFAULT).comment("row\nnumber"))))
                .isEqualTo("ALTER TABLE s.grid ADD COLUMN n bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL;\n"
                        + "COMMENT ON COLUMN s.grid.n IS E'row\\nnumber'");
    }

    @Test
    void dropColumn() {
        assertThat(sql(new Operation.DropColumn(null, "grid", "score", false))).isEqualTo("ALTER TABLE grid DROP COLUMN score");
        assertThat(sql(new Operation.DropColumn(null, "grid", "Score", true))).isEqualTo("ALTER TABLE grid DROP COLUMN IF EXISTS \"Score\"");
    }

    @Test
    void alterColumnPutsActionsInOneStatementThenCommentThenRename() {
        AlterColumn alter = AlterColumn.of("grid", "count").type(BIGINT).using("count::bigint").nullable(false)
                .setDefault(DefaultValue.literal(1)).comment("how many").rename("total");
        assertThat(sql(alter)).isEqualTo("""
                ALTER TABLE grid ALTER COLUMN count DROP DEFAULT, ALTER COLUMN count TYPE bigint USING count::bigint, \
                ALTER COLUMN count SET NOT NULL, ALTER COLUMN count SET DEFAULT 1;
                COMMENT ON COLUMN grid.count IS 'how many';
                ALTER TABLE grid RENAME COLUMN count TO total""");
        assertThat(sql(AlterColumn.of("grid", "x").nullable(true).dropDefault()))
                .isEqualTo("ALTER TABLE grid ALTER COLUMN x DROP DEFAULT, ALTER COLUMN x DROP NOT NULL");
        assertThat(sql(AlterColumn.of("grid", "x").setDefault(DefaultValue.sql("now()"))))
                .isEqualTo("ALTER TABLE grid ALTER COLUMN x SET DEFAULT now()");
        assertThat(sql(AlterColumn.of("grid", "x").inSchema("s").rename("user"))).isEqualTo("ALTER TABLE s.grid RENAME COLUMN x TO \"user\"");
        assertThat(dialect.render(AlterColumn.of("grid", "x"))).isEmpty();
        assertThat(sql(AlterColumn.of("grid", "x").nullable(false).identity(Column.Identity.ALWAYS)))
                .isEqualTo("ALTER TABLE grid ALTER COLUMN x SET NOT NULL, ALTER COLUMN x ADD GENERATED ALWAYS AS IDENTITY");
        assertThat(sql(AlterColumn.of("grid", "x").identity(Column.Identity.BY_DEFAULT).existingIdentity(Column.Identity.ALWAYS)))
                .isEqualTo("ALTER TABLE grid ALTER COLUMN x SET GENERATED BY DEFAULT");
        assertThat(sql(AlterColumn.of("grid", "x").dropIdentity())).isEqualTo("ALTER TABLE grid ALTER COLUMN x DROP IDENTITY");
        assertThatThrownBy(() -> dialect.render(AlterColumn.of("grid", "x").using("x::int")))
                .isInstanceOf(RetortException.class).hasMessageContaining("grid.x").hasMessageContaining("type(");
    }

    @Test
    void everyType() {
        for (TypeSamples.Sample sample : TypeSamples.ALL) {
            assertThat(SqlText.type(sample.type())).as(sample.toString()).isEqualTo(sample.written());
        }
    }

    @Test
    void createIndex() {
        assertThat(sql(CreateIndex.on("idx_gridsquare_acquisition_datetime_status", "gridsquare", "acquisition_datetime", "status").using("btree")))
                .isEqualTo("CREATE INDEX idx_gridsquare_acquisition_datetime_status ON gridsquare USING btree (acquisition_datetime, status)");
        CreateIndex everything = new CreateIndex("s", "ix_email", "user", List.of(IndexKey.expression("lower(email)"), IndexKey.column("Tenant")),
                true, "btree", "deleted_at IS NULL", List.of("name", "order"), true, true);
        assertThat(sql(everything)).isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_email ON s.\"user\" USING btree "
                + "((lower(email)), \"Tenant\") INCLUDE (name, \"order\") WHERE deleted_at IS NULL");
        assertThat(sql(CreateIndex.on(null, "t", "a"))).isEqualTo("CREATE INDEX ON t (a)");
        assertThat(sql(CreateIndex.on("ix", "t", "doc").using("gin"))).isEqualTo("CREATE INDEX ix ON t USING gin (doc)");
        assertThatThrownBy(() -> dialect.render(CreateIndex.on(null, "t", "a").ifNotExists()))
                .isInstanceOf(RetortException.class).hasMessageContaining("needs an index name");
    }

    @Test
    void dropIndexAndCreateIndexReverse() {
        assertThat(sql(new Operation.DropIndex(null, "ix", "t", false, false))).isEqualTo("DROP INDEX ix");
        assertThat(sql(new Operation.DropIndex("s", "ix", "t", true, true))).isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS s.ix");
        assertThat(sql(CreateIndex.on("ix", "t", "a").concurrently().reverse().orElseThrow())).isEqualTo("DROP INDEX CONCURRENTLY ix");
        assertThat(sql(CreateIndex.on(null, "t", "a", "b").reverse(new PostgresNaming()).orElseThrow())).isEqualTo("DROP INDEX t_a_b_idx");
        assertThat(CreateIndex.on(null, "t", "a").reverse()).as("unnamed: the name is the database's").isEmpty();
    }

    @Test
    void addConstraints() {
        assertThat(sql(new Operation.AddConstraint(null, "t", Constraint.primaryKey("a", "b"))))
                .isEqualTo("ALTER TABLE t ADD PRIMARY KEY (a, b)");
        assertThat(sql(new Operation.AddConstraint("s", "t", new Constraint.Unique("uq", List.of("a")))))
                .isEqualTo("ALTER TABLE s.t ADD CONSTRAINT uq UNIQUE (a)");
        assertThat(sql(new Operation.AddConstraint(null, "t", Constraint.check("a > 0"))))
                .isEqualTo("ALTER TABLE t ADD CHECK (a > 0)");
        assertThat(sql(new Operation.AddConstraint(null, "t",
                Constraint.foreignKey(List.of("a", "b"), "p", List.of("x", "y")).onDelete("restrict").notValid())))
                .isEqualTo("ALTER TABLE t ADD FOREIGN KEY (a, b) REFERENCES p (x, y) ON DELETE RESTRICT NOT VALID");
        assertThat(sql(new Operation.AddConstraint(null, "t", Constraint.foreignKey("a", "p", "x").deferrable(false))))
                .isEqualTo("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (x) DEFERRABLE");
        assertThatThrownBy(() -> dialect.render(new Operation.AddConstraint(null, "t",
                Constraint.foreignKey("a", "p", "x").onDelete("CASCADE; DROP TABLE p"))))
                .isInstanceOf(RetortException.class).hasMessageContaining("not a referential action");
    }

    @Test
    void dropAndValidateConstraintAndTheReverseOfAnUnnamedOne() {
        assertThat(sql(new Operation.DropConstraint(null, "t", "t_pkey", false, false))).isEqualTo("ALTER TABLE t DROP CONSTRAINT t_pkey");
        assertThat(sql(new Operation.DropConstraint("s", "t", "Uq", true, true)))
                .isEqualTo("ALTER TABLE s.t DROP CONSTRAINT IF EXISTS \"Uq\" CASCADE");
        assertThat(sql(new Operation.ValidateConstraint(null, "t", "t_a_fkey"))).isEqualTo("ALTER TABLE t VALIDATE CONSTRAINT t_a_fkey");
        assertThat(sql(new Operation.AddConstraint(null, "t", Constraint.foreignKey("a", "p", "x")).reverse(new PostgresNaming()).orElseThrow()))
                .isEqualTo("ALTER TABLE t DROP CONSTRAINT t_a_fkey");
        assertThat(new Operation.AddConstraint(null, "t", Constraint.foreignKey("a", "p", "x")).reverse()).isEmpty();
        assertThat(sql(new Operation.AddConstraint("s", "t", new Constraint.Check("positive", "a > 0")).reverse().orElseThrow()))
                .isEqualTo("ALTER TABLE s.t DROP CONSTRAINT positive");
    }

    @Test
    void enums() {
        assertThat(sql(new Operation.CreateEnum(null, "mood", List.of("sad", "it's ok")))).isEqualTo("CREATE TYPE mood AS ENUM ('sad', 'it''s ok')");
        assertThat(sql(new Operation.DropEnum("s", "mood", true))).isEqualTo("DROP TYPE IF EXISTS s.mood");
        assertThat(sql(new Operation.AddEnumValue(null, "mood", "happy", null, null, false))).isEqualTo("ALTER TYPE mood ADD VALUE 'happy'");
        assertThat(sql(new Operation.AddEnumValue(null, "mood", "meh", "happy", null, true)))
                .isEqualTo("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'happy'");
        assertThat(sql(new Operation.AddEnumValue("s", "mood", "glad", null, "happy", false)))
                .isEqualTo("ALTER TYPE s.mood ADD VALUE 'glad' AFTER 'happy'");
        assertThat(sql(new Operation.RenameEnumValue(null, "mood", "sad", "blue"))).isEqualTo("ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'");
        assertThatThrownBy(() -> dialect.render(new Operation.AddEnumValue(null, "mood", "x", "a", "b", false)))
                .isInstanceOf(RetortException.class).hasMessageContaining("not both");
    }

    @Test
    void sequencesSchemasExtensions() {
        assertThat(sql(new Operation.CreateSequence(null, "seq", null, null, null, null))).isEqualTo("CREATE SEQUENCE seq");
        assertThat(sql(new Operation.CreateSequence("s", "seq", "INTEGER", 100L, 5L, "s.grid.id")))
                .isEqualTo("CREATE SEQUENCE s.seq AS integer INCREMENT BY 5 START WITH 100 OWNED BY s.grid.id");
        assertThatThrownBy(() -> dialect.render(new Operation.CreateSequence(null, "seq", "text", null, null, null)))
                .isInstanceOf(RetortException.class).hasMessageContaining("smallint, integer or bigint");
        assertThat(sql(new Operation.DropSequence("s", "seq", true))).isEqualTo("DROP SEQUENCE IF EXISTS s.seq");
        assertThat(sql(new Operation.CreateSchema("Acq", true))).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"Acq\"");
        assertThat(sql(new Operation.DropSchema("acq", true, true))).isEqualTo("DROP SCHEMA IF EXISTS acq CASCADE");
        assertThat(sql(new Operation.CreateExtension("uuid-ossp", "ext", true))).isEqualTo("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" SCHEMA ext");
        assertThat(sql(new Operation.DropExtension("pg_trgm", false))).isEqualTo("DROP EXTENSION pg_trgm");
    }

    @Test
    void executeKeepsSqlAndParameters() {
        List<Statement> out = dialect.render(new Operation.Execute("DELETE FROM t WHERE a = ? AND b = ?", Arrays.asList("x", null)));
        assertThat(out).containsExactly(new Statement("DELETE FROM t WHERE a = ? AND b = ?", Arrays.asList("x", null)));
    }

    @Test
    void bulkInsertBindsEveryValueAndCastsTypedColumns() {
        TableRef table = TableRef.table("user_preferences", TableRef.col("user_id", VARCHAR),
                TableRef.col("preference_key", VARCHAR), TableRef.col("preference_value", JSON), TableRef.col("n", SERIAL));
        List<Statement> out = dialect.render(new Operation.BulkInsert(table, List.of(
                Map.of("user_id", "a", "preference_value", Map.of("theme", "light", "page_size", 50)),
                Map.of("user_id", "b", "preference_value", List.of(1, "two")),
                Map.of("n", 3))));
        assertThat(out).containsExactly(
                new Statement("INSERT INTO user_preferences (user_id, preference_value) VALUES (?, ?::json),\n    (?, ?::json)",
                        List.of("a", "{\"page_size\":50,\"theme\":\"light\"}", "b", "[1,\"two\"]")),
                new Statement("INSERT INTO user_preferences (n) VALUES (?::integer)", List.of(3)));
    }

    @Test
    void bulkInsertSplitsUnderTheBindParameterLimit() {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            row.put("c" + i, i);
        }
        List<Map<String, Object>> rows = java.util.Collections.nCopies(2000, row);
        List<Statement> out = dialect.render(new Operation.BulkInsert(TableRef.table("wide"), rows));
        assertThat(out).allSatisfy(s -> assertThat(s.parameters().size()).isLessThanOrEqualTo(65535));
        assertThat(out.stream().mapToInt(s -> s.parameters().size()).sum()).isEqualTo(2000 * 70);
        assertThat(out.get(0).parameters()).hasSize(65535 / 70 * 70);
        assertThat(dialect.render(new Operation.BulkInsert(TableRef.table("t"), List.of(Map.of(), Map.of()))))
                .containsExactly(Statement.of("INSERT INTO t DEFAULT VALUES"), Statement.of("INSERT INTO t DEFAULT VALUES"));
    }

    @Test
    void bulkInsertRejectsUndeclaredColumnsAndUntypedJson() {
        TableRef table = TableRef.table("t", TableRef.col("a", INTEGER));
        assertThatThrownBy(() -> dialect.render(new Operation.BulkInsert(table, List.of(Map.of("b", 1)))))
                .isInstanceOf(RetortException.class).hasMessageContaining("column \"b\"").hasMessageContaining("col(\"b\"");
        assertThatThrownBy(() -> dialect.render(new Operation.BulkInsert(TableRef.table("t"), List.of(Map.of("doc", Map.of("k", 1))))))
                .isInstanceOf(RetortException.class).hasMessageContaining("JSONB");
    }
}
