package io.retort.autogen;

import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.TableElement;
import io.retort.schema.ColumnDef;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tables only one side has, created or dropped whole: in foreign-key order, with the keys that
 * close a cycle added after the tables (and dropped before them), and every drop noted as the
 * loss of data it is.
 */
final class DiffWholeTables {
    private final DiffPlan plan;
    private final Map<String, SchemaDef> currentSchemas;
    private final Map<String, SchemaDef> desiredSchemas;

    DiffWholeTables(DiffPlan plan, Map<String, SchemaDef> currentSchemas, Map<String, SchemaDef> desiredSchemas) {
        this.plan = plan;
        this.currentSchemas = currentSchemas;
        this.desiredSchemas = desiredSchemas;
    }

    /** Operations cannot write a generated column's expression: the column is added plain, and the note says so. */
    static void generatedNote(DiffPlan plan, TableDef table, ColumnDef c) {
        if (c.generatedExpression() != null) {
            plan.note(DiffNote.Kind.NOT_GENERATED, "column " + DiffDescriptions.name(DiffTypes.schemaOf(table.schema()), table.name())
                    + "." + c.name() + ": generated as " + c.generatedExpression() + ", which no operation writes; add the expression by hand",
                    null);
        }
    }

    /** Creates {@code tables} (by {@code schema.name}), referenced tables first. */
    void created(Map<String, TableDef> tables) {
        DiffOrdering.Order order = DiffOrdering.referencedFirst(references(tables));
        for (String k : order.tables()) {
            TableDef t = tables.get(k);
            t.columns().forEach(c -> generatedNote(plan, t, c));
            List<ForeignKeyDef> later = deferred(t, order, tables.keySet(), k);
            CreatedTable made = createTable(t, desiredSchemas.get(t.schema()), later);
            plan.add(DiffPhase.CREATE_TABLE, made.operations(), List.of(made.drop()));
            for (ForeignKeyDef fk : later) {
                Constraint c = DiffKeys.foreignKey(fk);
                plan.add(DiffPhase.ADD_FOREIGN_KEY, new Operation.AddConstraint(made.drop().schema(), t.name(), c),
                        new Operation.DropConstraint(made.drop().schema(), t.name(), c.name(), false, false));
            }
        }
    }

    /** Drops {@code tables} (by {@code schema.name}, read with the renames applied), referencing tables first. */
    void dropped(Map<String, TableDef> tables) {
        DiffOrdering.Order order = DiffOrdering.referencedFirst(references(tables));
        List<String> dropOrder = new ArrayList<>(order.tables());
        Collections.reverse(dropOrder);
        for (String k : dropOrder) {
            TableDef t = tables.get(k);
            List<ForeignKeyDef> first = deferred(t, order, tables.keySet(), k);
            CreatedTable restore = createTable(t, currentSchemas.get(t.schema()), first);
            for (ForeignKeyDef fk : first) {
                Constraint c = DiffKeys.foreignKey(fk);
                plan.add(DiffPhase.DROP_FOREIGN_KEY, new Operation.DropConstraint(restore.drop().schema(), t.name(), c.name(), false, false),
                        new Operation.AddConstraint(restore.drop().schema(), t.name(), c));
            }
            plan.add(DiffPhase.DROP_TABLE, List.of(restore.drop()), restore.operations());
            plan.note(DiffNote.Kind.DATA_LOSS, "drops table " + DiffDescriptions.name(DiffTypes.schemaOf(t.schema()), t.name()) + " and all its rows", restore.drop());
            plan.note(DiffNote.Kind.DATA_LOSS, "recreates table " + DiffDescriptions.name(DiffTypes.schemaOf(t.schema()), t.name()) + " empty: its rows are gone", restore.operations().get(0));
        }
    }

    /** Each table's foreign keys as the tables (of {@code tables}) they point at. */
    private static SortedMap<String, Set<String>> references(Map<String, TableDef> tables) {
        SortedMap<String, Set<String>> out = new TreeMap<>();
        tables.forEach((k, t) -> out.put(k, t.foreignKeys().values().stream().map(DiffWholeTables::target)
                .filter(tables::containsKey).collect(Collectors.toSet())));
        return out;
    }

    private static String target(ForeignKeyDef fk) {
        return fk.referencedSchema() + "." + fk.referencedTable();
    }

    /** The foreign keys of {@code t} that cannot be written inside its createTable: they close a cycle. */
    private static List<ForeignKeyDef> deferred(TableDef t, DiffOrdering.Order order, Set<String> keys, String k) {
        return t.foreignKeys().values().stream()
                .filter(fk -> keys.contains(target(fk)) && order.cyclic().contains(new DiffOrdering.Reference(k, target(fk))))
                .toList();
    }

    /** A createTable with its indexes, and the dropTable that undoes it. */
    private record CreatedTable(List<Operation> operations, Operation.DropTable drop) {}

    private static CreatedTable createTable(TableDef t, SchemaDef schemaDef, List<ForeignKeyDef> leaveOut) {
        String schema = DiffTypes.schemaOf(t.schema());
        List<TableElement> elements = new ArrayList<>();
        t.columns().forEach(c -> elements.add(DiffColumns.definition(t, c, schemaDef)));
        if (t.primaryKey() != null) {
            elements.add(DiffKeys.primaryKey(t.primaryKey()));
        }
        t.uniques().values().forEach(u -> elements.add(DiffKeys.unique(u)));
        t.checks().values().forEach(c -> elements.add(DiffKeys.check(c)));
        t.foreignKeys().values().stream().filter(fk -> !leaveOut.contains(fk)).forEach(fk -> elements.add(DiffKeys.foreignKey(fk)));
        List<Operation> operations = new ArrayList<>();
        operations.add(new Operation.CreateTable(schema, t.name(), elements, t.comment()));
        t.indexes().values().stream().filter(i -> !i.backsConstraint()).forEach(i -> operations.add(DiffKeys.createIndex(schema, t.name(), i)));
        return new CreatedTable(operations, new Operation.DropTable(schema, t.name(), false, false, List.of()));
    }
}
