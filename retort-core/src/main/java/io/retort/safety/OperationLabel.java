package io.retort.safety;

import io.retort.ops.Operation;

/** An operation in a few words, for findings: {@code addColumn grid.status}. */
final class OperationLabel {
    private OperationLabel() {}

    static String of(Operation op) {
        if (op instanceof Operation.CreateTable t) {
            return "createTable " + t.name();
        } else if (op instanceof Operation.DropTable t) {
            return "dropTable " + t.name();
        } else if (op instanceof Operation.RenameTable t) {
            return "renameTable " + t.name() + " -> " + t.newName();
        } else if (op instanceof Operation.AddColumn a) {
            return "addColumn " + a.table() + "." + a.column().name();
        } else if (op instanceof Operation.DropColumn d) {
            return "dropColumn " + d.table() + "." + d.column();
        } else if (op instanceof Operation.AlterColumn a) {
            return "alterColumn " + a.table() + "." + a.column();
        } else if (op instanceof Operation.CreateIndex i) {
            return "createIndex " + i.name() + " on " + i.table();
        } else if (op instanceof Operation.DropIndex d) {
            return "dropIndex " + d.name();
        } else if (op instanceof Operation.AddConstraint a) {
            return "addConstraint " + (a.constraint().name() == null ? "" : a.constraint().name() + " ") + "on " + a.table();
        } else if (op instanceof Operation.BulkInsert b) {
            return "bulkInsert " + b.table().name();
        } else if (op instanceof Operation.Execute e) {
            return "execute \"" + abbreviated(e.sql()) + "\"";
        }
        return op.getClass().getSimpleName();
    }

    private static String abbreviated(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
