package io.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.ops.Column;
import io.retort.ops.Operation;
import io.retort.ops.Types;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ordering rules, on schema models built by hand: no database. */
class SchemaDifferOrderTest {

    private static final DatabaseSchema EMPTY = schema(List.of(), List.of());

    /** status enum; grid -> acquisition; square -> grid. */
    private static final DatabaseSchema GRIDS = schema(List.of(new EnumType("public", "status", List.of("A", "B"))), List.of(
            table("square", List.of(column("id", "integer"), column("grid_id", "integer")), fk("square", "grid_id", "grid")),
            table("grid", List.of(column("id", "integer"), column("acquisition_id", "integer"), column("status", "status")),
                    fk("grid", "acquisition_id", "acquisition")),
            table("acquisition", List.of(column("id", "integer")))));

    @Test
    void createsTypesAndReferencedTablesFirst() {
        List<String> up = SchemaDiffer.between(EMPTY, GRIDS, DiffOptions.defaults()).lines();
        assertThat(up).containsExactly("add enum status [A, B]", "add table acquisition", "add table grid", "add table square");
    }

    @Test
    void dropsReferencingTablesFirstAndTypesLast() {
        SchemaDiff diff = SchemaDiffer.between(GRIDS, EMPTY, DiffOptions.defaults());
        assertThat(diff.lines()).containsExactly("drop table square", "drop table grid", "drop table acquisition", "drop enum status");
        assertThat(diff.downgrade()).extracting(DiffDescriptions::of)
                .containsExactly("add enum status [A, B]", "add table acquisition", "add table grid", "add table square");
    }

    @Test
    void dropsForeignKeysBeforeTheTablesTheyPointAt() {
        DatabaseSchema withoutAcquisition = schema(GRIDS.enums(), List.of(
                table("square", List.of(column("id", "integer"), column("grid_id", "integer")), fk("square", "grid_id", "grid")),
                table("grid", List.of(column("id", "integer"), column("acquisition_id", "integer"), column("status", "status")))));
        SchemaDiff diff = SchemaDiffer.between(GRIDS, withoutAcquisition, DiffOptions.defaults());
        assertThat(diff.lines()).containsExactly("drop constraint grid_acquisition_id_fkey on grid", "drop table acquisition");
        assertThat(diff.downgrade()).extracting(DiffDescriptions::of)
                .containsExactly("add table acquisition", "add foreign key grid_acquisition_id_fkey on grid");
    }

    @Test
    void aCycleOfForeignKeysIsClosedAfterTheTables() {
        DatabaseSchema cycle = schema(List.of(), List.of(
                table("a", List.of(column("id", "integer"), column("b_id", "integer")), fk("a", "b_id", "b")),
                table("b", List.of(column("id", "integer"), column("a_id", "integer")), fk("b", "a_id", "a"))));
        assertThat(SchemaDiffer.between(EMPTY, cycle, DiffOptions.defaults()).lines())
                .containsExactly("add table a", "add table b", "add foreign key a_b_id_fkey on a");
        assertThat(SchemaDiffer.between(cycle, EMPTY, DiffOptions.defaults()).lines())
                .containsExactly("drop constraint a_b_id_fkey on a", "drop table b", "drop table a");
    }

    @Test
    void theDowngradeIsTheReverseOfEachStepInReverseOrder() {
        SchemaDiff diff = SchemaDiffer.between(EMPTY, GRIDS, DiffOptions.defaults());
        assertThat(diff.downgrade()).extracting(DiffDescriptions::of)
                .containsExactly("drop table square", "drop table grid", "drop table acquisition", "drop enum status");
    }

    @Test
    void excludedAndBookkeepingTablesAreLeftAlone() {
        DatabaseSchema withOthers = schema(GRIDS.enums(), List.of(
                table("acquisition", List.of(column("id", "integer"))),
                table("alembic_version", List.of(column("version_num", "character varying(32)"))),
                table("legacy_report", List.of(column("id", "integer")))));
        DiffOptions options = DiffOptions.defaults().excludingTables(Pattern.compile("legacy_.*"));
        assertThat(SchemaDiffer.between(withOthers, GRIDS, options).lines())
                .containsExactly("add table grid", "add table square");
        assertThat(SchemaDiffer.between(withOthers, GRIDS, DiffOptions.defaults().includingTables(Pattern.compile("public\\.sq.*"))).lines())
                .containsExactly("add table square");
        assertThat(SchemaDiffer.between(withOthers, GRIDS, DiffOptions.defaults().includingSchemas("audit")).isEmpty()).isTrue();
    }

    @Test
    void identicalModelsHaveNoDifference() {
        assertThat(SchemaDiffer.between(GRIDS, GRIDS, DiffOptions.defaults()).isEmpty()).isTrue();
    }

    @Test
    void aDroppedColumnsRestoreSaysItsDataIsGone() {
        DatabaseSchema fewer = schema(GRIDS.enums(), List.of(
                table("square", List.of(column("id", "integer"), column("grid_id", "integer")), fk("square", "grid_id", "grid")),
                table("grid", List.of(column("id", "integer"), column("acquisition_id", "integer")), fk("grid", "acquisition_id", "acquisition")),
                table("acquisition", List.of(column("id", "integer")))));
        SchemaDiff diff = SchemaDiffer.between(GRIDS, fewer, DiffOptions.defaults());
        assertThat(diff.upgrade()).containsExactly(new Operation.DropColumn(null, "grid", "status", false));
        assertThat(diff.notes()).extracting(DiffNote::message).containsExactly(
                "drops column grid.status and its data", "restores column grid.status empty: the data it held is gone");
        assertThat(CodeWriter.write(diff).downgrades()).isEqualTo("""
                // restores column grid.status empty: the data it held is gone
                op.addColumn("grid", column("status", named("status")));
                """);
    }

    // ---- a small model ----

    /** Dialect.normalize drops nextval's ::regclass cast; the column is still a serial, which brings its sequence. */
    @Test
    void aSerialInTheNormalFormIsCreatedAsASerial() {
        for (String nextval : List.of("nextval('account_id_seq')", "nextval('account_id_seq'::regclass)")) {
            DatabaseSchema serial = new DatabaseSchema(new TreeMap<>(Map.of("public", new SchemaDef("public",
                    new TreeMap<>(Map.of("account", table("account", List.of(
                            new ColumnDef("id", 0, "integer", true, nextval, ColumnDef.Identity.NONE, null, null))))),
                    new TreeMap<>(), new TreeMap<>(Map.of("account_id_seq", new SequenceDef("public", "account_id_seq",
                            "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, "account.id"))), new TreeSet<>()))));
            Operation.CreateTable create = (Operation.CreateTable) SchemaDiffer.between(EMPTY, serial, DiffOptions.defaults())
                    .upgrade().get(0);
            assertThat(((Column) create.elements().get(0)).type()).as(nextval).isEqualTo(Types.SERIAL);
        }
    }

    private static ColumnDef column(String name, String type) {
        return new ColumnDef(name, 0, type, name.equals("id"), null, ColumnDef.Identity.NONE, null, null);
    }

    private static ForeignKeyDef fk(String table, String column, String target) {
        return new ForeignKeyDef(table + "_" + column + "_fkey", List.of(column), "public", target, List.of("id"),
                "NO ACTION", "NO ACTION", "SIMPLE", false, false, true);
    }

    private static TableDef table(String name, List<ColumnDef> columns, ForeignKeyDef... fks) {
        TreeMap<String, ForeignKeyDef> foreignKeys = new TreeMap<>();
        for (ForeignKeyDef fk : fks) {
            foreignKeys.put(fk.name(), fk);
        }
        return new TableDef("public", name, columns, new PrimaryKeyDef(name + "_pkey", List.of("id")), foreignKeys,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), null);
    }

    private static DatabaseSchema schema(List<EnumType> enums, List<TableDef> tables) {
        TreeMap<String, TableDef> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        TreeMap<String, EnumType> enumsByName = new TreeMap<>();
        enums.forEach(e -> enumsByName.put(e.name(), e));
        return new DatabaseSchema(new TreeMap<>(Map.of("public",
                new SchemaDef("public", byName, enumsByName, new TreeMap<>(), new TreeSet<>(Set.of())))));
    }
}
