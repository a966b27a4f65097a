package io.retort.safety;

import io.retort.testing.RevisionFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chain of revisions on one existing table: for each lint rule one revision that breaks it and
 * one that does the same thing the safe way (ids {@code bad_<rule>} and {@code ok_<rule>}).
 */
final class LintFixtures {
    private LintFixtures() {}

    private static final String DOWN = "op.execute(\"SELECT 1\");";

    /** rule name → [unsafe upgrade body, safe upgrade body]. */
    static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("not-null-without-default", new String[] {
                "op.addColumn(\"t\", column(\"c1\", INTEGER).notNull());",
                "op.addColumn(\"t\", column(\"c2\", INTEGER).notNull().defaultValue(0));"});
        CASES.put("set-not-null", new String[] {
                "op.alterColumn(Operation.AlterColumn.of(\"t\", \"name\").nullable(false));",
                "op.addConstraint(\"t\", Constraint.check(\"name IS NOT NULL\").named(\"t_name_nn\").notValid());"
                        + " op.validateConstraint(\"t_name_nn\", \"t\");"
                        + " op.alterColumn(Operation.AlterColumn.of(\"t\", \"name\").nullable(false));"});
        CASES.put("index-without-concurrently", new String[] {
                "op.createIndex(\"ix_t_name\", \"t\", \"name\");",
                "op.nonTransactional(() -> op.createIndex(Operation.CreateIndex.on(\"ix_t_name2\", \"t\", \"name\").concurrently()));"});
        CASES.put("rewriting-type-change", new String[] {
                "op.alterColumn(Operation.AlterColumn.of(\"t\", \"amount\").type(INTEGER).existingType(numeric(10, 2)));",
                "op.alterColumn(Operation.AlterColumn.of(\"t\", \"amount\").type(numeric(12, 2)).existingType(numeric(10, 2)));"
                        + " op.alterColumn(Operation.AlterColumn.of(\"t\", \"name\").type(varchar(50)).existingType(varchar(20)));"
                        + " op.alterColumn(Operation.AlterColumn.of(\"t\", \"code\").type(TEXT).existingType(varchar(8)));"});
        CASES.put("constraint-without-not-valid", new String[] {
                "op.createForeignKey(\"t_p_fk\", \"t\", \"p\", java.util.List.of(\"id\"), java.util.List.of(\"id\"));",
                "op.addConstraint(\"t\", Constraint.foreignKey(java.util.List.of(\"id\"), \"p\", java.util.List.of(\"id\"))"
                        + ".named(\"t_p_fk2\").notValid()); op.validateConstraint(\"t_p_fk2\", \"t\");"
                        + " op.addConstraint(\"t\", Constraint.check(\"id > 0\").named(\"t_id_ck\").notValid());"});
        CASES.put("drop-table", new String[] {
                "op.dropTable(\"old\");",
                "op.dropTable(\"old2\"); // retort:allow drop-table unused since release 4"});
        CASES.put("drop-column", new String[] {
                "op.dropColumn(\"t\", \"legacy\");",
                "op.createTable(\"scratch\", column(\"id\", INTEGER), column(\"x\", INTEGER)); op.dropColumn(\"scratch\", \"x\");"});
        CASES.put("rename-table", new String[] {
                "op.renameTable(\"old3\", \"older\");",
                "op.createTable(\"fresh\", column(\"id\", INTEGER)); op.renameTable(\"fresh\", \"fresher\");"});
        CASES.put("rename-column", new String[] {
                "op.alterColumn(Operation.AlterColumn.of(\"t\", \"code\").rename(\"kode\"));",
                "op.addColumn(\"t\", column(\"label\", TEXT));"});
        CASES.put("structure-and-data", new String[] {
                "op.addColumn(\"t\", column(\"flag\", BOOLEAN)); op.bulkInsert(TableRef.table(\"t\", TableRef.col(\"id\", INTEGER)),"
                        + " java.util.List.of(java.util.Map.of(\"id\", 1)));",
                "op.bulkInsert(TableRef.table(\"t\", TableRef.col(\"id\", INTEGER)), java.util.List.of(java.util.Map.of(\"id\", 2)));"});
        CASES.put("empty-downgrade", new String[] {"op.addColumn(\"t\", column(\"note\", TEXT));", null});
        CASES.put("non-transactional-in-transaction", new String[] {
                "op.run(Operation.DropIndex.of(\"ix_t_base\").concurrent());",
                "op.nonTransactional(() -> op.run(Operation.DropIndex.of(\"ix_t_base2\").concurrent()));"});
        CASES.put("unchecked-sql", new String[] {
                "op.execute(\"CREATE VIEW v AS SELECT 1\");",
                "op.createTable(\"typed\", column(\"id\", INTEGER));"});
    }

    /** Writes the base and the cases into {@code dir}; returns the ids in order. */
    static List<String> write(Path dir) {
        List<String> ids = new ArrayList<>();
        RevisionFiles.write(dir, "start", new String[0], """
                op.createTable("p", column("id", INTEGER).primaryKey());
                        op.createTable("t", column("id", INTEGER), column("name", varchar(20)), column("amount", numeric(10, 2)),
                                column("code", varchar(8)), column("legacy", TEXT));
                        op.createTable("old", column("id", INTEGER));
                        op.createTable("old2", column("id", INTEGER));
                        op.createTable("old3", column("id", INTEGER));
                        op.createIndex("ix_t_base", "t", "id");
                        op.createIndex("ix_t_base2", "t", "id");""", DOWN);
        ids.add("start");
        String previous = "start";
        for (Map.Entry<String, String[]> e : CASES.entrySet()) {
            String slug = e.getKey().replace('-', '_');
            String bad = "bad_" + slug;
            String ok = "ok_" + slug;
            RevisionFiles.write(dir, bad, new String[] {previous}, e.getValue()[0],
                    e.getKey().equals("empty-downgrade") ? "" : DOWN);
            String safeUp = e.getValue()[1] == null ? e.getValue()[0].replace("note", "note2") : e.getValue()[1];
            RevisionFiles.write(dir, ok, new String[] {bad}, safeUp, "op.execute(\"SELECT 2\");");
            ids.add(bad);
            ids.add(ok);
            previous = ok;
        }
        return ids;
    }
}
