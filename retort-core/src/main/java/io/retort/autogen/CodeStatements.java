package io.retort.autogen;

import com.palantir.javapoet.CodeBlock;
import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation;
import io.retort.ops.TableElement;
import java.util.List;

/**
 * One operation as a call on {@code op}, the way a person writes it; an operation with options the
 * {@code Ops} shortcuts do not take (another schema, IF EXISTS) as {@code op.run(new Operation.X(...))}.
 */
final class CodeStatements {
    /** Continuation lines, as in the hand-written revisions. */
    private static final String WRAP = ",\n        ";

    private final CodeValues values;
    private final CodeFactories factories;

    CodeStatements(CodeValues values) {
        this.values = values;
        this.factories = new CodeFactories(values);
    }

    CodeBlock of(Operation op) {
        CodeBlock shortcut = shortcut(op);
        if (shortcut != null) {
            return shortcut;
        }
        CodeBlock built = factories.of(op);
        return CodeBlock.of("op.run($L)", built != null ? built : values.record(op));
    }

    /** The {@code Ops} shortcut for {@code op}, or null when there is none. */
    private CodeBlock shortcut(Operation op) {
        if (op instanceof Operation.AlterColumn o) {
            return CodeBlock.of("op.alterColumn($L)", alterColumn(o));
        }
        if (op instanceof Operation.CreateIndex o && o.name() != null && !o.concurrent() && !o.skipIfExists()) {
            return createIndex(o);
        }
        if (op instanceof Operation.CreateSequence o) {
            return createSequence(o);
        }
        return inPublic(op) ? simple(op) : null;
    }

    private static boolean inPublic(Operation op) {
        try {
            Object schema = op.getClass().getRecordComponents()[0].getName().equals("schema")
                    ? op.getClass().getRecordComponents()[0].getAccessor().invoke(op) : null;
            return schema == null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private CodeBlock simple(Operation op) {
        if (op instanceof Operation.CreateTable o) {
            CodeBlock create = CodeBlock.of("op.createTable($S$L)", o.name(), elements(values, o.elements()));
            return o.comment() == null ? create : CodeBlock.of("$L;\nop.commentOnTable($S, $S)", create, o.name(), o.comment());
        }
        if (op instanceof Operation.DropTable o && !o.ifExists() && !o.cascade() && o.dropEnums().isEmpty()) {
            return CodeBlock.of("op.dropTable($S)", o.name());
        }
        if (op instanceof Operation.RenameTable o) {
            return CodeBlock.of("op.renameTable($S, $S)", o.name(), o.newName());
        }
        if (op instanceof Operation.CommentOnTable o) {
            return CodeBlock.of("op.commentOnTable($S, $S)", o.table(), o.comment());
        }
        if (op instanceof Operation.AddColumn o) {
            return CodeBlock.of("op.addColumn($S, $L)", o.table(), values.column(o.column()));
        }
        if (op instanceof Operation.DropColumn o && !o.ifExists()) {
            return CodeBlock.of("op.dropColumn($S, $S)", o.table(), o.column());
        }
        if (op instanceof Operation.DropIndex o && !o.ifExists() && !o.concurrently()) {
            return CodeBlock.of("op.dropIndex($S)", o.name());
        }
        if (op instanceof Operation.AddConstraint o) {
            return addConstraint(o.table(), o.constraint());
        }
        if (op instanceof Operation.DropConstraint o && !o.ifExists() && !o.cascade()) {
            return CodeBlock.of("op.dropConstraint($S, $S)", o.name(), o.table());
        }
        if (op instanceof Operation.CreateEnum o) {
            return CodeBlock.of("op.createEnum($S, $L)", o.name(), values.strings(o.labels()));
        }
        if (op instanceof Operation.DropEnum o && !o.ifExists()) {
            return CodeBlock.of("op.dropEnum($S)", o.name());
        }
        if (op instanceof Operation.AddEnumValue o && !o.ifNotExists()) {
            return o.before() != null ? CodeBlock.of("op.addEnumValueBefore($S, $S, $S)", o.type(), o.value(), o.before())
                    : o.after() != null ? CodeBlock.of("op.addEnumValueAfter($S, $S, $S)", o.type(), o.value(), o.after())
                    : CodeBlock.of("op.addEnumValue($S, $S)", o.type(), o.value());
        }
        if (op instanceof Operation.DropSequence o && !o.ifExists()) {
            return CodeBlock.of("op.dropSequence($S)", o.name());
        }
        if (op instanceof Operation.CreateSchema o && !o.ifNotExists()) {
            return CodeBlock.of("op.createSchema($S)", o.name());
        }
        if (op instanceof Operation.DropSchema o && !o.ifExists() && !o.cascade()) {
            return CodeBlock.of("op.dropSchema($S)", o.name());
        }
        if (op instanceof Operation.Execute o && o.parameters().isEmpty()) {
            return CodeBlock.of("op.execute($S)", o.sql());
        }
        return null;
    }

    /** {@code ,\n        column(...),\n        primaryKey(...)}: the elements of a createTable, one a line. */
    static CodeBlock elements(CodeValues values, List<TableElement> elements) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (TableElement e : elements) {
            out.add(WRAP).add(e instanceof Column c ? values.column(c) : values.constraint((Constraint) e));
        }
        return out.build();
    }

    private CodeBlock addConstraint(String table, Constraint c) {
        if (c.name() != null && c instanceof Constraint.PrimaryKey pk) {
            return CodeBlock.of("op.createPrimaryKey($S, $S, $L)", pk.name(), table, values.strings(pk.columns()));
        }
        if (c.name() != null && c instanceof Constraint.Unique u) {
            return CodeBlock.of("op.createUniqueConstraint($S, $S, $L)", u.name(), table, values.strings(u.columns()));
        }
        if (c.name() != null && c instanceof Constraint.Check ck) {
            return CodeBlock.of("op.createCheckConstraint($S, $S, $S)", ck.name(), table, ck.expression());
        }
        return CodeBlock.of("op.addConstraint($S, $L)", table, values.constraint(c));
    }

    private CodeBlock alterColumn(Operation.AlterColumn o) {
        CodeBlock.Builder out = CodeBlock.builder().add("$L.of($S, $S)", values.uses("Operation.AlterColumn", false), o.table(), o.column());
        out.add(inSchema(o.schema()));
        if (o.type() != null) {
            out.add(".type($L)", values.value(o.type()));
        }
        if (o.using() != null) {
            out.add(".using($S)", o.using());
        }
        if (o.nullable() != null) {
            out.add(".nullable($L)", o.nullable());
        }
        if (o.removeDefault()) {
            out.add(".dropDefault()");
        }
        if (o.setDefault() != null) {
            out.add(".setDefault($L)", defaultValue(o.setDefault()));
        }
        if (o.removeIdentity()) {
            out.add(".dropIdentity()");
        }
        if (o.identity() != null) {
            out.add(".identity($L)", values.value(o.identity()));
        }
        if (o.comment() != null) {
            out.add(".comment($S)", o.comment());
        }
        if (o.newName() != null) {
            out.add(".rename($S)", o.newName());
        }
        if (o.existingType() != null) {
            out.add(".existingType($L)", values.value(o.existingType()));
        }
        if (o.existingNullable() != null) {
            out.add(".existingNullable($L)", o.existingNullable());
        }
        if (o.existingDefault() != null) {
            out.add(".existingDefault($L)", defaultValue(o.existingDefault()));
        }
        if (o.existingComment() != null) {
            out.add(".existingComment($S)", o.existingComment());
        }
        if (o.existingIdentity() != null) {
            out.add(".existingIdentity($L)", values.value(o.existingIdentity()));
        }
        return out.build();
    }

    private CodeBlock defaultValue(DefaultValue value) {
        return values.value(value);
    }

    private CodeBlock createIndex(Operation.CreateIndex o) {
        boolean plain = o.schema() == null && !o.uniqueIndex() && o.method() == null && o.where() == null && o.include().isEmpty()
                && o.keys().stream().noneMatch(Operation.IndexKey::expression);
        List<String> columns = o.keys().stream().map(Operation.IndexKey::value).toList();
        if (plain) {
            return CodeBlock.of("op.createIndex($S, $S, $L)", o.name(), o.table(), values.strings(columns));
        }
        CodeBlock.Builder out = CodeBlock.builder();
        if (o.keys().stream().anyMatch(Operation.IndexKey::expression)) {
            out.add("$L.on($S, $S).withKeys($L)", values.uses("Operation.CreateIndex", false), o.name(), o.table(), values.value(o.keys()));
        } else {
            out.add("$L.on($S, $S, $L)", values.uses("Operation.CreateIndex", false), o.name(), o.table(), values.strings(columns));
        }
        out.add(inSchema(o.schema()));
        out.add(o.uniqueIndex() ? ".unique()" : "");
        if (o.method() != null) {
            out.add(".using($S)", o.method());
        }
        if (o.where() != null) {
            out.add(".where($S)", o.where());
        }
        if (!o.include().isEmpty()) {
            out.add(".include($L)", values.strings(o.include()));
        }
        return CodeBlock.of("op.createIndex($L)", out.build());
    }

    private CodeBlock createSequence(Operation.CreateSequence o) {
        if (o.schema() == null && o.dataType() == null && o.start() == null && o.increment() == null && o.ownedBy() == null) {
            return CodeBlock.of("op.createSequence($S)", o.name());
        }
        CodeBlock.Builder out = CodeBlock.builder().add("$L.named($S)", values.uses("Operation.CreateSequence", false), o.name());
        out.add(inSchema(o.schema()));
        if (o.dataType() != null) {
            out.add(".as($S)", o.dataType());
        }
        if (o.start() != null) {
            out.add(".startWith($LL)", o.start());
        }
        if (o.increment() != null) {
            out.add(".incrementBy($LL)", o.increment());
        }
        if (o.ownedBy() != null) {
            out.add(".ownedBy($S)", o.ownedBy());
        }
        return CodeBlock.of("op.createSequence($L)", out.build());
    }

    static CodeBlock inSchema(String schema) {
        return schema == null ? CodeBlock.of("") : CodeBlock.of(".inSchema($S)", schema);
    }
}
