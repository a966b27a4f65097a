package io.retort.autogen;

import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An operation in words, naming the object: the lines {@code check} prints. */
final class DiffDescriptions {
    private DiffDescriptions() {}

    static String of(Operation op) {
        if (op instanceof Operation.CreateTable o) {
            return "add table " + name(o.schema(), o.name());
        }
        if (op instanceof Operation.DropTable o) {
            return "drop table " + name(o.schema(), o.name());
        }
        if (op instanceof Operation.RenameTable o) {
            return "rename table " + name(o.schema(), o.name()) + " to " + o.newName();
        }
        if (op instanceof Operation.CommentOnTable o) {
            return "change comment of table " + name(o.schema(), o.table());
        }
        if (op instanceof Operation.AddColumn o) {
            return "add column " + name(o.schema(), o.table()) + "." + o.column().name();
        }
        if (op instanceof Operation.DropColumn o) {
            return "drop column " + name(o.schema(), o.table()) + "." + o.column();
        }
        if (op instanceof Operation.AlterColumn o) {
            return "alter column " + name(o.schema(), o.table()) + "." + o.column() + ": " + String.join(", ", changes(o));
        }
        if (op instanceof Operation.CreateIndex o) {
            return "add index " + o.name() + " on " + name(o.schema(), o.table());
        }
        if (op instanceof Operation.DropIndex o) {
            return "drop index " + o.name() + " on " + name(o.schema(), o.table());
        }
        if (op instanceof Operation.AddConstraint o) {
            return "add " + kind(o.constraint()) + " " + o.constraint().name() + " on " + name(o.schema(), o.table());
        }
        if (op instanceof Operation.DropConstraint o) {
            return "drop constraint " + o.name() + " on " + name(o.schema(), o.table());
        }
        if (op instanceof Operation.CreateEnum o) {
            return "add enum " + name(o.schema(), o.name()) + " " + o.labels();
        }
        if (op instanceof Operation.DropEnum o) {
            return "drop enum " + name(o.schema(), o.name());
        }
        if (op instanceof Operation.AddEnumValue o) {
            return "add value '" + o.value() + "' to enum " + name(o.schema(), o.type());
        }
        if (op instanceof Operation.CreateSequence o) {
            return "add sequence " + name(o.schema(), o.name());
        }
        if (op instanceof Operation.DropSequence o) {
            return "drop sequence " + name(o.schema(), o.name());
        }
        if (op instanceof Operation.CreateSchema o) {
            return "add schema " + o.name();
        }
        if (op instanceof Operation.DropSchema o) {
            return "drop schema " + o.name();
        }
        if (op instanceof Operation.CreateExtension o) {
            return "add extension " + o.name();
        }
        if (op instanceof Operation.Execute o) {
            return "execute " + o.sql();
        }
        return op.toString();
    }

    private static List<String> changes(Operation.AlterColumn o) {
        List<String> out = new ArrayList<>();
        if (o.newName() != null) {
            out.add("rename to " + o.newName());
        }
        if (o.type() != null) {
            out.add("type " + o.type());
        }
        if (o.nullable() != null) {
            out.add(o.nullable() ? "nullable" : "not null");
        }
        if (o.setDefault() != null || o.removeDefault()) {
            out.add(o.removeDefault() ? "no default" : "default " + o.setDefault());
        }
        if (o.identity() != null || o.removeIdentity()) {
            out.add(o.removeIdentity() ? "no identity" : "identity " + o.identity());
        }
        if (o.comment() != null) {
            out.add("comment");
        }
        return out;
    }

    static String kind(Constraint c) {
        if (c instanceof Constraint.PrimaryKey) {
            return "primary key";
        }
        if (c instanceof Constraint.Unique) {
            return "unique constraint";
        }
        return c instanceof Constraint.Check ? "check constraint" : "foreign key";
    }

    private static final Set<String> UNSAID = Set.of("name", "position", "renamedFrom", "definition", "schema");

    /**
     * What differs between two records of one type, field by field in words:
     * {@code not null false -> true, default expression none -> now()}.
     */
    static String changes(Record from, Record to) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : from.getClass().getRecordComponents()) {
            Object a = read(c, from);
            Object b = read(c, to);
            if (!UNSAID.contains(c.getName()) && !Objects.equals(a, b)) {
                out.add(words(c.getName()) + " " + shown(a) + " -> " + shown(b));
            }
        }
        return String.join(", ", out);
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String words(String camel) {
        return camel.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    private static String shown(Object value) {
        return value == null ? "none" : value.toString();
    }

    static String name(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
