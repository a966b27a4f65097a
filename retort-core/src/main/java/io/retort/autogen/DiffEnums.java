package io.retort.autogen;

import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations that change an enum type's labels. Added labels are added in place
 * ({@code ALTER TYPE ... ADD VALUE}); a removed or reordered label needs a new type, swapped in
 * under every column that uses the old one, as SmartEM's REGISTERED downgrade does.
 */
final class DiffEnums {
    private DiffEnums() {}

    /** A column of the enum type (or an array of it), named as it is when the change runs. */
    record EnumColumn(String schema, String table, String column, boolean array, String defaultExpression) {}

    /** The operations turning type {@code schema.name}'s labels {@code from} into {@code to}. */
    static List<Operation> change(String schema, String name, List<String> from, List<String> to, List<EnumColumn> columns) {
        return isSubsequence(from, to) ? additions(schema, name, from, to) : swap(schema, name, to, columns);
    }

    /** Each new label placed after its predecessor (or before the first old label), in {@code to}'s order. */
    private static List<Operation> additions(String schema, String name, List<String> from, List<String> to) {
        List<Operation> out = new ArrayList<>();
        String firstOld = to.stream().filter(from::contains).findFirst().orElse(null);
        for (int i = 0; i < to.size(); i++) {
            String label = to.get(i);
            if (from.contains(label)) {
                continue;
            }
            boolean last = i == to.size() - 1;
            String after = i > 0 && !last ? to.get(i - 1) : null;
            String before = i == 0 ? firstOld : null;
            out.add(new Operation.AddEnumValue(schema, name, label, before, after, false));
        }
        return out;
    }

    private static List<Operation> swap(String schema, String name, List<String> labels, List<EnumColumn> columns) {
        String swapped = name + "_new";
        String swappedText = DiffTypes.typeName(schema, swapped);
        List<Operation> out = new ArrayList<>();
        out.add(new Operation.CreateEnum(schema, swapped, labels));
        for (EnumColumn c : columns) {
            if (c.defaultExpression() != null) {
                out.add(AlterColumn.of(c.table(), c.column()).inSchema(c.schema()).dropDefault());
            }
        }
        for (EnumColumn c : columns) {
            SqlType to = new SqlType.Named(schema, swapped);
            SqlType from = new SqlType.Named(schema, name);
            String brackets = c.array() ? "[]" : "";
            out.add(AlterColumn.of(c.table(), c.column()).inSchema(c.schema()).type(c.array() ? new SqlType.Array(to) : to)
                    .using(DiffTypes.identifier(c.column()) + "::text" + brackets + "::" + swappedText + brackets)
                    .existingType(c.array() ? new SqlType.Array(from) : from));
        }
        out.add(new Operation.DropEnum(schema, name, false));
        out.add(new Operation.Execute("ALTER TYPE " + swappedText + " RENAME TO " + DiffTypes.identifier(name), List.of()));
        for (EnumColumn c : columns) {
            if (c.defaultExpression() != null) {
                out.add(AlterColumn.of(c.table(), c.column()).inSchema(c.schema()).setDefault(DefaultValue.sql(c.defaultExpression())));
            }
        }
        return out;
    }

    static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String label : longer) {
            if (at < shorter.size() && shorter.get(at).equals(label)) {
                at++;
            }
        }
        return at == shorter.size();
    }
}
