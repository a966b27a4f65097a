package io.retort.autogen;

import com.palantir.javapoet.CodeBlock;
import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values inside operations as Java expressions, noting the imports they need: types as
 * {@code io.retort.ops.Types} spells them, columns as {@code column(...)} chains, named constraints,
 * and any other record as a constructor call.
 */
final class CodeValues {
    private static final String OPS = "io.retort.ops.";

    private static final Map<String, String> TYPE_CONSTANTS = Map.ofEntries(
            Map.entry("smallint", "SMALLINT"), Map.entry("integer", "INTEGER"), Map.entry("bigint", "BIGINT"),
            Map.entry("serial", "SERIAL"), Map.entry("bigserial", "BIGSERIAL"), Map.entry("real", "REAL"),
            Map.entry("double precision", "DOUBLE"), Map.entry("boolean", "BOOLEAN"), Map.entry("text", "TEXT"),
            Map.entry("bytea", "BYTEA"), Map.entry("date", "DATE"), Map.entry("interval", "INTERVAL"),
            Map.entry("uuid", "UUID"), Map.entry("json", "JSON"), Map.entry("jsonb", "JSONB"),
            Map.entry("inet", "INET"), Map.entry("cidr", "CIDR"));

    private final Set<String> imports;

    CodeValues(Set<String> imports) {
        this.imports = imports;
    }

    /** Imports {@code io.retort.ops.<name>}, a class or a {@code static} member, and returns its simple name. */
    String uses(String name, boolean isStatic) {
        imports.add("import " + (isStatic ? "static " : "") + OPS + name + ";");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A nested name such as {@code Operation.CreateTable}, importing its outermost class. */
    private String nested(Class<?> type) {
        String name = type.getName().substring(OPS.length()).replace('$', '.');
        uses(name.contains(".") ? name.substring(0, name.indexOf('.')) : name, false);
        return name;
    }

    private String type(SqlType type) {
        imports.add("import static " + OPS + "Types.*;");
        if (type instanceof SqlType.Simple s && TYPE_CONSTANTS.containsKey(s.name())) {
            return TYPE_CONSTANTS.get(s.name());
        }
        if (type instanceof SqlType.Varchar v) {
            return v.length() == null ? "VARCHAR" : "varchar(" + v.length() + ")";
        }
        if (type instanceof SqlType.Char c) {
            return "character(" + c.length() + ")";
        }
        if (type instanceof SqlType.Numeric n) {
            return n.precision() == null ? "NUMERIC" : "numeric(" + n.precision() + ", " + (n.scale() == null ? 0 : n.scale()) + ")";
        }
        if (type instanceof SqlType.Timestamp t) {
            return t.precision() == null ? (t.withTimeZone() ? "TIMESTAMPTZ" : "TIMESTAMP")
                    : (t.withTimeZone() ? "timestamptz(" : "timestamp(") + t.precision() + ")";
        }
        if (type instanceof SqlType.Time t) {
            return t.precision() == null ? (t.withTimeZone() ? "TIMETZ" : "TIME")
                    : (t.withTimeZone() ? "timetz(" : "time(") + t.precision() + ")";
        }
        if (type instanceof SqlType.Array a) {
            return "arrayOf(" + type(a.element()) + ")";
        }
        if (type instanceof SqlType.Named n && n.schema() == null) {
            return CodeBlock.of("named($S)", n.name()).toString();
        }
        return record(type).toString();
    }

    CodeBlock value(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof Long l) {
            return CodeBlock.of("$LL", l);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Enum<?> e) {
            return CodeBlock.of("$L.$L", nested(e.getDeclaringClass()), e.name());
        }
        if (value instanceof List<?> list) {
            imports.add("import java.util.List;");
            return CodeBlock.of("List.of($L)", CodeBlock.join(list.stream().map(this::value).toList(), ", "));
        }
        if (value instanceof SqlType t) {
            return CodeBlock.of("$L", type(t));
        }
        if (value instanceof Column c) {
            return column(c);
        }
        if (value instanceof Constraint c) {
            return constraint(c);
        }
        if (value instanceof DefaultValue.Expression e) {
            return CodeBlock.of("$L.sql($S)", uses("DefaultValue", false), e.sql());
        }
        if (value instanceof Operation.IndexKey k) {
            return CodeBlock.of("$L.$L($S)", uses("Operation.IndexKey", false), k.expression() ? "expression" : "column", k.value());
        }
        return record(value);
    }

    /** {@code column("name", TYPE).notNull().defaultSql("...").identity(...).comment("...")}. */
    CodeBlock column(Column c) {
        CodeBlock.Builder out = CodeBlock.builder().add("$L($S, $L)", uses("Column.column", true), c.name(), type(c.type()));
        if (!c.nullable() && c.identity() == null && !c.inlinePrimaryKey()) {
            out.add(".notNull()");
        }
        if (c.serverDefault() instanceof DefaultValue.Expression e) {
            out.add(".defaultSql($S)", e.sql());
        } else if (c.serverDefault() != null) {
            out.add(".withDefault($L)", record(c.serverDefault()));
        }
        if (c.identity() != null) {
            out.add(".identity($L)", value(c.identity()));
        }
        if (c.inlinePrimaryKey()) {
            out.add(".primaryKey()");
        }
        if (c.inlineUnique()) {
            out.add(".unique()");
        }
        if (c.comment() != null) {
            out.add(".comment($S)", c.comment());
        }
        return out.build();
    }

    /** {@code primaryKey("id").named("t_pkey")}, {@code foreignKey("a_id", "a", "id").named("t_a_id_fkey").onDelete("CASCADE")}. */
    CodeBlock constraint(Constraint c) {
        CodeBlock.Builder out = CodeBlock.builder();
        if (c instanceof Constraint.PrimaryKey pk) {
            out.add("$L($L)", uses("Constraint.primaryKey", true), strings(pk.columns()));
        } else if (c instanceof Constraint.Unique u) {
            out.add("$L($L)", uses("Constraint.unique", true), strings(u.columns()));
        } else if (c instanceof Constraint.Check ck) {
            out.add("$L($S)", uses("Constraint.check", true), ck.expression());
        } else {
            Constraint.ForeignKey fk = (Constraint.ForeignKey) c;
            if (fk.referencedSchema() != null) {
                return record(fk);
            }
            String factory = uses("Constraint.foreignKey", true);
            if (fk.columns().size() == 1 && fk.referencedColumns().size() == 1) {
                out.add("$L($S, $S, $S)", factory, fk.columns().get(0), fk.referencedTable(), fk.referencedColumns().get(0));
            } else {
                out.add("$L($L, $S, $L)", factory, value(fk.columns()), fk.referencedTable(), value(fk.referencedColumns()));
            }
            out.add(fk.onDelete() == null ? "" : ".onDelete(\"" + fk.onDelete() + "\")");
            out.add(fk.onUpdate() == null ? "" : ".onUpdate(\"" + fk.onUpdate() + "\")");
            out.add(fk.deferrable() ? ".deferrable(" + fk.initiallyDeferred() + ")" : "");
            out.add(fk.skipValidation() ? ".notValid()" : "");
        }
        return c.name() == null ? out.build() : CodeBlock.of("$L.named($S)", out.build(), c.name());
    }

    CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }

    /** Any record of io.retort.ops as {@code new Type(component, ...)}. */
    CodeBlock record(Object value) {
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith(OPS)) {
            throw new IllegalArgumentException("no Java code for " + value);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                arguments.add(value(component.getAccessor().invoke(value)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + value, e);
            }
        }
        return CodeBlock.of("new $L($L)", nested(type), CodeBlock.join(arguments, ", "));
    }
}
