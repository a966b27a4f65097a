package io.retort.autogen;

import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Operation;
import io.retort.schema.ColumnDef;
import io.retort.schema.EnumType;
import io.retort.schema.IndexDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tables, their columns and keys, and the enum types they use, compared across all included
 * schemas at once (a foreign key may point into another schema). Tables are known by
 * {@code schema.name}; a renamed table is paired with its earlier self, and everything the current
 * side says about it is read with the new names, as PostgreSQL itself renames them along.
 */
final class DiffTables {
    private final DiffPlan plan;
    private final Map<String, SchemaDef> currentSchemas;
    private final Map<String, SchemaDef> desiredSchemas;
    private final Map<String, TableDef> current = new TreeMap<>();
    private final Map<String, TableDef> desired = new TreeMap<>();
    /** Desired key to the current table it is (the same name, or renamed from). */
    private final Map<String, TableDef> pairs = new TreeMap<>();
    private final DiffRenames renames = new DiffRenames();

    DiffTables(DiffPlan plan, Map<String, SchemaDef> currentSchemas, Map<String, SchemaDef> desiredSchemas) {
        this.plan = plan;
        this.currentSchemas = currentSchemas;
        this.desiredSchemas = desiredSchemas;
        currentSchemas.values().forEach(s -> s.tables().values().forEach(t -> current.put(key(t), t)));
        desiredSchemas.values().forEach(s -> s.tables().values().forEach(t -> desired.put(key(t), t)));
    }

    void compare() {
        pairTables();
        enums();
        pairs.forEach((k, cur) -> table(cur, desired.get(k)));
        Map<String, TableDef> created = new TreeMap<>(desired);
        created.keySet().removeAll(pairs.keySet());
        Map<String, TableDef> dropped = new TreeMap<>();
        // By identity: containsValue would compare whole tables, once per pair, for each current table.
        Set<TableDef> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        paired.addAll(pairs.values());
        current.forEach((k, t) -> {
            if (!paired.contains(t)) {
                dropped.put(k, renames.applied(t, current));
            }
        });
        DiffWholeTables whole = new DiffWholeTables(plan, currentSchemas, desiredSchemas);
        whole.created(created);
        whole.dropped(dropped);
    }

    private static String key(TableDef t) {
        return t.schema() + "." + t.name();
    }

    private void pairTables() {
        desired.forEach((k, des) -> {
            String earlier = des.schema() + "." + des.renamedFrom();
            if (current.containsKey(k)) {
                pairs.put(k, current.get(k));
            } else if (des.renamedFrom() != null && current.containsKey(earlier) && !desired.containsKey(earlier)) {
                TableDef cur = current.get(earlier);
                pairs.put(k, cur);
                renames.table(earlier, des.name());
                String schema = DiffTypes.schemaOf(des.schema());
                plan.add(DiffPhase.RENAME, new Operation.RenameTable(schema, cur.name(), des.name()),
                        new Operation.RenameTable(schema, des.name(), cur.name()));
            }
        });
        pairs.forEach((k, cur) -> {
            TableDef des = desired.get(k);
            for (ColumnDef c : des.columns()) {
                String earlier = c.renamedFrom();
                if (earlier != null && cur.column(c.name()).isEmpty() && cur.column(earlier).isPresent() && des.column(earlier).isEmpty()) {
                    renames.column(key(cur), earlier, c.name());
                    AlterColumn rename = AlterColumn.of(des.name(), earlier).inSchema(DiffTypes.schemaOf(des.schema())).rename(c.name());
                    plan.add(DiffPhase.RENAME, rename, rename.reverse().orElseThrow());
                }
            }
        });
    }

    // ---- enum types ----

    private void enums() {
        TreeSet<String> schemas = new TreeSet<>(currentSchemas.keySet());
        schemas.addAll(desiredSchemas.keySet());
        for (String schemaName : schemas) {
            Map<String, EnumType> was = enumsOf(currentSchemas.get(schemaName));
            Map<String, EnumType> wanted = enumsOf(desiredSchemas.get(schemaName));
            TreeSet<String> names = new TreeSet<>(was.keySet());
            names.addAll(wanted.keySet());
            String schema = DiffTypes.schemaOf(schemaName);
            for (String name : names) {
                EnumType from = was.get(name);
                EnumType to = wanted.get(name);
                if (from == null) {
                    plan.add(DiffPhase.CREATE_ENUM, new Operation.CreateEnum(schema, name, to.labels()), new Operation.DropEnum(schema, name, false));
                } else if (to == null) {
                    plan.add(DiffPhase.DROP_ENUM, new Operation.DropEnum(schema, name, false), new Operation.CreateEnum(schema, name, from.labels()));
                } else if (!from.labels().equals(to.labels())) {
                    List<DiffEnums.EnumColumn> columns = enumColumns(schemaName, name);
                    plan.add(DiffPhase.CHANGE_ENUM, "enum " + DiffTypes.typeName(schemaName, name) + ": labels "
                            + from.labels() + " -> " + to.labels(), DiffEnums.change(schema, name, from.labels(), to.labels(), columns),
                            DiffEnums.change(schema, name, to.labels(), from.labels(), columns));
                }
            }
        }
    }

    private static Map<String, EnumType> enumsOf(SchemaDef schema) {
        return schema == null ? Map.of() : schema.enums();
    }

    /** The current columns of the type, by the names they have once renames have run. */
    private List<DiffEnums.EnumColumn> enumColumns(String schema, String name) {
        String typeText = DiffTypes.typeName(schema, name);
        List<DiffEnums.EnumColumn> out = new ArrayList<>();
        current.forEach((k, t) -> t.columns().stream().filter(c -> c.type().equals(typeText) || c.type().equals(typeText + "[]"))
                .forEach(c -> out.add(new DiffEnums.EnumColumn(DiffTypes.schemaOf(t.schema()), renames.tableName(t),
                        renames.columnName(t, c.name()), c.type().endsWith("[]"), c.defaultExpression()))));
        return out;
    }

    // ---- a table on both sides ----

    private void table(TableDef cur, TableDef des) {
        String schema = DiffTypes.schemaOf(des.schema());
        String name = des.name();
        if (!Objects.equals(cur.comment(), des.comment())) {
            Operation comment = new Operation.CommentOnTable(schema, name, des.comment(), cur.comment());
            plan.add(DiffPhase.ALTER_COLUMN, "table " + subject(des) + ": comment " + cur.comment() + " -> " + des.comment(),
                    List.of(comment), List.of(comment.reverse().orElseThrow()));
        }
        Map<String, ColumnDef> was = new LinkedHashMap<>();
        cur.columns().forEach(c -> was.put(renames.columnName(cur, c.name()), c));
        List<ColumnDef> added = new ArrayList<>();
        for (ColumnDef c : des.columns()) {
            ColumnDef before = was.get(c.name());
            if (before == null) {
                added.add(c);
                continue;
            }
            DiffColumns.change(schema, name, before, c).ifPresent(alter -> plan.add(DiffPhase.ALTER_COLUMN,
                    "column " + subject(des) + "." + c.name() + ": " + DiffDescriptions.changes(before, c),
                    List.of(alter), List.of(DiffColumns.reverse(alter))));
            if (!Objects.equals(before.generatedExpression(), c.generatedExpression())) {
                plan.note(DiffNote.Kind.NOT_GENERATED, "column " + subject(des) + "." + c.name()
                        + ": generated expression differs; change it by hand", null);
            }
        }
        List<String> droppedNames = was.keySet().stream().filter(n -> des.column(n).isEmpty()).toList();
        for (ColumnDef c : added) {
            DiffWholeTables.generatedNote(plan, des, c);
            Column column = DiffColumns.definition(des, c, desiredSchemas.get(des.schema()));
            plan.add(DiffPhase.ADD_COLUMN, new Operation.AddColumn(schema, name, column), new Operation.DropColumn(schema, name, c.name(), false));
        }
        List<ColumnDef> renameCandidates = new ArrayList<>(added);
        for (String dropped : droppedNames) {
            ColumnDef c = was.get(dropped);
            Operation drop = new Operation.DropColumn(schema, name, dropped, false);
            Operation restore = new Operation.AddColumn(schema, name, DiffColumns.definition(cur, c, currentSchemas.get(cur.schema())));
            plan.add(DiffPhase.DROP_COLUMN, drop, restore);
            String column = subject(des) + "." + dropped;
            plan.note(DiffNote.Kind.DATA_LOSS, "drops column " + column + " and its data", drop);
            plan.note(DiffNote.Kind.DATA_LOSS, "restores column " + column + " empty: the data it held is gone", restore);
            renameCandidates.stream().filter(a -> a.type().equals(c.type())).findFirst().ifPresent(a -> {
                renameCandidates.remove(a);
                plan.note(DiffNote.Kind.PROBABLE_RENAME, "probable rename of " + column + " -> " + subject(des) + "." + a.name()
                        + ": use @RenamedFrom(\"" + dropped + "\")", drop);
            });
        }
        columnOrder(cur, des, was);
        keys(cur, des);
    }

    private void columnOrder(TableDef cur, TableDef des, Map<String, ColumnDef> was) {
        List<String> wanted = des.columnNames().stream().filter(was::containsKey).toList();
        List<String> actual = was.keySet().stream().filter(n -> des.column(n).isPresent()).toList();
        if (!wanted.equals(actual)) {
            plan.note(DiffNote.Kind.COLUMN_ORDER, "table " + subject(des) + ": column order is " + actual + ", the model has "
                    + wanted + "; Retort never reorders columns", null);
        }
    }

    private static String subject(TableDef t) {
        return DiffDescriptions.name(DiffTypes.schemaOf(t.schema()), t.name());
    }

    // ---- keys and indexes ----

    private void keys(TableDef cur, TableDef des) {
        String schema = DiffTypes.schemaOf(des.schema());
        String table = des.name();
        TableDef was = renames.applied(cur, current);
        keyed(schema, table, single(was.primaryKey()), single(des.primaryKey()), DiffPhase.DROP_KEY_OR_INDEX,
                DiffPhase.ADD_KEY_OR_INDEX, DiffKeys::primaryKey);
        keyed(schema, table, was.uniques(), des.uniques(), DiffPhase.DROP_KEY_OR_INDEX, DiffPhase.ADD_KEY_OR_INDEX, DiffKeys::unique);
        keyed(schema, table, was.checks(), des.checks(), DiffPhase.DROP_KEY_OR_INDEX, DiffPhase.ADD_KEY_OR_INDEX, DiffKeys::check);
        keyed(schema, table, was.foreignKeys(), des.foreignKeys(), DiffPhase.DROP_FOREIGN_KEY, DiffPhase.ADD_FOREIGN_KEY,
                DiffKeys::foreignKey);
        Map<String, IndexDef> wasIndexes = comparable(was.indexes());
        Map<String, IndexDef> wantedIndexes = comparable(des.indexes());
        TreeSet<String> names = new TreeSet<>(wasIndexes.keySet());
        names.addAll(wantedIndexes.keySet());
        for (String name : names) {
            IndexDef from = wasIndexes.get(name);
            IndexDef to = wantedIndexes.get(name);
            if (Objects.equals(from, to)) {
                continue;
            }
            boolean changed = from != null && to != null;
            if (from != null) {
                Operation drop = DiffKeys.dropIndex(schema, table, from);
                plan.add(DiffPhase.DROP_KEY_OR_INDEX, changed ? "index " + name + " on " + subject(des) + ": "
                        + DiffDescriptions.changes(from, to) : DiffDescriptions.of(drop),
                        List.of(drop), List.of(DiffKeys.createIndex(schema, table, from)));
            }
            if (to != null) {
                Operation create = DiffKeys.createIndex(schema, table, to);
                plan.add(DiffPhase.ADD_KEY_OR_INDEX, changed ? null : DiffDescriptions.of(create), List.of(create),
                        List.of(DiffKeys.dropIndex(schema, table, to)));
                indexNote(des, to);
            }
        }
    }

    private void indexNote(TableDef table, IndexDef index) {
        if (!DiffKeys.keysExpressible(index)) {
            plan.note(DiffNote.Kind.NOT_GENERATED, "index " + index.name() + " on " + subject(table) + ": keys (" + index.keys()
                    + ") have an operator class, collation or order createIndex does not write; add it by hand", null);
        }
    }

    /** Indexes that stand alone (not behind a key), with the fields that are not compared blanked. */
    private static Map<String, IndexDef> comparable(Map<String, IndexDef> indexes) {
        Map<String, IndexDef> out = new TreeMap<>();
        indexes.values().stream().filter(i -> !i.backsConstraint()).forEach(i -> out.put(i.name(),
                new IndexDef(i.name(), i.unique(), i.method(), i.keys(), i.keyColumns(), i.includeColumns(), i.predicate(), "", false)));
        return out;
    }

    private static <T> Map<String, T> single(T value) {
        Map<String, T> out = new TreeMap<>();
        if (value != null) {
            out.put("", value);
        }
        return out;
    }

    /** Constraints by name: one that differs is dropped and added again. */
    private <T> void keyed(String schema, String table, Map<String, T> was, Map<String, T> wanted, DiffPhase dropPhase,
            DiffPhase addPhase, Function<T, Constraint> constraint) {
        TreeSet<String> names = new TreeSet<>(was.keySet());
        names.addAll(wanted.keySet());
        for (String name : names) {
            T from = was.get(name);
            T to = wanted.get(name);
            if (Objects.equals(from, to)) {
                continue;
            }
            if (from != null && to != null && constraint.apply(from).equals(constraint.apply(to))) {
                plan.note(DiffNote.Kind.NOT_GENERATED, DiffDescriptions.kind(constraint.apply(to)) + " " + name + " on "
                        + DiffDescriptions.name(schema, table) + ": " + DiffDescriptions.changes((Record) from, (Record) to)
                        + "; no operation writes this, change it by hand", null);
                continue;
            }
            boolean changed = from != null && to != null;
            if (from != null) {
                Constraint c = constraint.apply(from);
                Operation drop = new Operation.DropConstraint(schema, table, c.name(), false, false);
                plan.add(dropPhase, changed ? DiffDescriptions.kind(c) + " " + c.name() + " on " + DiffDescriptions.name(schema, table)
                        + ": " + DiffDescriptions.changes((Record) from, (Record) to) : DiffDescriptions.of(drop), List.of(drop), List.of(new Operation.AddConstraint(schema, table, c)));
            }
            if (to != null) {
                Constraint c = constraint.apply(to);
                Operation add = new Operation.AddConstraint(schema, table, c);
                plan.add(addPhase, changed ? null : DiffDescriptions.of(add), List.of(add),
                        List.of(new Operation.DropConstraint(schema, table, c.name(), false, false)));
            }
        }
    }
}
