package io.retort.autogen;

import com.palantir.javapoet.CodeBlock;
import io.retort.ops.Operation;

/** Operations built by their named factories, for {@code op.run(...)} when no {@code Ops} shortcut fits (another schema). */
final class CodeFactories {
    private final CodeValues values;

    CodeFactories(CodeValues values) {
        this.values = values;
    }

    /** The value built by its named factory, such as {@code DropTable.of("t").inSchema("s")}, or null. */
    CodeBlock of(Operation op) {
        CodeBlock.Builder out = CodeBlock.builder();
        String schema = null;
        if (op instanceof Operation.CreateTable o) {
            out.add("$L.of($S$L)", type("CreateTable"), o.name(), CodeStatements.elements(values, o.elements()));
            out.add(o.comment() == null ? CodeBlock.of("") : CodeBlock.of(".withComment($S)", o.comment()));
            schema = o.schema();
        } else if (op instanceof Operation.DropTable o && o.dropEnums().isEmpty()) {
            out.add("$L.of($S)", type("DropTable"), o.name()).add(o.ifExists() ? ".skippingIfAbsent()" : "").add(o.cascade() ? ".cascading()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.AddColumn o) {
            out.add("$L.of($S, $L)", type("AddColumn"), o.table(), values.column(o.column()));
            schema = o.schema();
        } else if (op instanceof Operation.DropColumn o) {
            out.add("$L.of($S, $S)", type("DropColumn"), o.table(), o.column()).add(o.ifExists() ? ".skippingIfAbsent()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.DropIndex o) {
            out.add("$L.of($S)", type("DropIndex"), o.name()).add(o.ifExists() ? ".skippingIfAbsent()" : "").add(o.concurrently() ? ".concurrent()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.AddConstraint o) {
            out.add("$L.of($S, $L)", type("AddConstraint"), o.table(), values.constraint(o.constraint()));
            schema = o.schema();
        } else if (op instanceof Operation.DropConstraint o) {
            out.add("$L.of($S, $S)", type("DropConstraint"), o.name(), o.table()).add(o.ifExists() ? ".skippingIfAbsent()" : "")
                    .add(o.cascade() ? ".cascading()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.CreateEnum o) {
            out.add("$L.of($S, $L)", type("CreateEnum"), o.name(), values.strings(o.labels()));
            schema = o.schema();
        } else if (op instanceof Operation.DropEnum o) {
            out.add("$L.of($S)", type("DropEnum"), o.name()).add(o.ifExists() ? ".skippingIfAbsent()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.AddEnumValue o) {
            out.add("$L.of($S, $S)", type("AddEnumValue"), o.type(), o.value());
            out.add(o.before() != null ? CodeBlock.of(".before($S)", o.before()) : o.after() != null ? CodeBlock.of(".after($S)", o.after()) : CodeBlock.of(""));
            out.add(o.ifNotExists() ? ".skippingIfPresent()" : "");
            schema = o.schema();
        } else if (op instanceof Operation.DropSequence o) {
            out.add("$L.of($S)", type("DropSequence"), o.name()).add(o.ifExists() ? ".skippingIfAbsent()" : "");
            schema = o.schema();
        } else {
            return null;
        }
        return out.add(CodeStatements.inSchema(schema)).build();
    }

    private String type(String record) {
        return values.uses("Operation." + record, false);
    }
}
