package io.retort.autogen;

import com.palantir.javapoet.CodeBlock;
import io.retort.ops.Operation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link SchemaDiff} as the bodies of a revision's {@code upgrade} and {@code downgrade},
 * in the style of hand-written revisions: {@code op.createTable("t", column("id", INTEGER).notNull(), ...)}.
 * Each note about an operation becomes a comment above it; added enum labels go in a
 * {@code op.nonTransactional(...)} block so that the same run may use them.
 */
public final class CodeWriter {
    private CodeWriter() {}

    /** The code for {@code diff}. */
    public static GeneratedCode write(SchemaDiff diff) {
        Set<String> imports = new TreeSet<>();
        CodeStatements statements = new CodeStatements(new CodeValues(imports));
        String up = body(diff.upgrade(), diff.notes(), statements);
        String down = body(diff.downgrade(), diff.notes(), statements);
        return new GeneratedCode(up, down, imports);
    }

    private static String body(List<Operation> operations, List<DiffNote> notes, CodeStatements statements) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            for (DiffNote note : notes) {
                if (note.operation() == op) {
                    out.add("// $L\n", note.message());
                }
            }
            if (op instanceof Operation.AddEnumValue) {
                int end = i;
                while (end + 1 < operations.size() && operations.get(end + 1) instanceof Operation.AddEnumValue) {
                    end++;
                }
                out.add(nonTransactional(operations.subList(i, end + 1), statements));
                i = end;
            } else {
                out.add("$L;\n", statements.of(op));
            }
        }
        return out.build().toString();
    }

    /** Added labels committed at once, as PostgreSQL needs before a label is used. */
    private static CodeBlock nonTransactional(List<Operation> additions, CodeStatements statements) {
        if (additions.size() == 1) {
            return CodeBlock.of("op.nonTransactional(() -> $L);\n", statements.of(additions.get(0)));
        }
        CodeBlock.Builder block = CodeBlock.builder().add("op.nonTransactional(() -> {\n");
        additions.forEach(a -> block.add("    $L;\n", statements.of(a)));
        return block.add("});\n").build();
    }
}
