package io.retort.dialect.postgres;

import static io.retort.dialect.postgres.SqlText.identifier;
import static io.retort.dialect.postgres.SqlText.qualified;
import static io.retort.dialect.postgres.SqlText.string;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum types, sequences, schemas and extensions. */
final class ObjectStatements {
    private ObjectStatements() {}

    private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");

    static Statement createEnum(String schema, String name, List<String> labels) {
        return Statement.of("CREATE TYPE " + qualified(schema, name) + " AS ENUM ("
                + labels.stream().map(SqlText::string).collect(Collectors.joining(", ")) + ")");
    }

    static Statement dropEnum(String schema, String name, boolean ifExists) {
        return Statement.of("DROP TYPE " + (ifExists ? "IF EXISTS " : "") + qualified(schema, name));
    }

    static List<Statement> addEnumValue(Operation.AddEnumValue op) {
        if (op.before() != null && op.after() != null) {
            throw new RetortException("addEnumValue " + op.type() + " '" + op.value()
                    + "': give BEFORE or AFTER, not both.");
        }
        String position = op.before() != null ? " BEFORE " + string(op.before())
                : op.after() != null ? " AFTER " + string(op.after()) : "";
        return List.of(Statement.of("ALTER TYPE " + qualified(op.schema(), op.type()) + " ADD VALUE "
                + (op.ifNotExists() ? "IF NOT EXISTS " : "") + string(op.value()) + position));
    }

    static List<Statement> renameEnumValue(Operation.RenameEnumValue op) {
        return List.of(Statement.of("ALTER TYPE " + qualified(op.schema(), op.type()) + " RENAME VALUE "
                + string(op.from()) + " TO " + string(op.to())));
    }

    static List<Statement> createSequence(Operation.CreateSequence op) {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(qualified(op.schema(), op.name()));
        if (op.dataType() != null) {
            String type = op.dataType().trim().toLowerCase(Locale.ROOT);
            if (!SEQUENCE_TYPES.contains(type)) {
                throw new RetortException("createSequence " + op.name() + ": a sequence is smallint, integer or bigint, not \""
                        + op.dataType() + "\".");
            }
            sql.append(" AS ").append(type);
        }
        if (op.increment() != null) {
            sql.append(" INCREMENT BY ").append(op.increment());
        }
        if (op.start() != null) {
            sql.append(" START WITH ").append(op.start());
        }
        if (op.ownedBy() != null) {
            sql.append(" OWNED BY ").append(Arrays.stream(op.ownedBy().split("\\.", -1))
                    .map(SqlText::identifier).collect(Collectors.joining(".")));
        }
        return List.of(Statement.of(sql.toString()));
    }

    static List<Statement> dropSequence(Operation.DropSequence op) {
        return List.of(Statement.of("DROP SEQUENCE " + (op.ifExists() ? "IF EXISTS " : "") + qualified(op.schema(), op.name())));
    }

    static List<Statement> createSchema(Operation.CreateSchema op) {
        return List.of(Statement.of("CREATE SCHEMA " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + identifier(op.name())));
    }

    static List<Statement> dropSchema(Operation.DropSchema op) {
        return List.of(Statement.of("DROP SCHEMA " + (op.ifExists() ? "IF EXISTS " : "") + identifier(op.name())
                + (op.cascade() ? " CASCADE" : "")));
    }

    static List<Statement> createExtension(Operation.CreateExtension op) {
        return List.of(Statement.of("CREATE EXTENSION " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + identifier(op.name())
                + (op.schema() == null ? "" : " SCHEMA " + identifier(op.schema()))));
    }

    static List<Statement> dropExtension(Operation.DropExtension op) {
        return List.of(Statement.of("DROP EXTENSION " + (op.ifExists() ? "IF EXISTS " : "") + identifier(op.name())));
    }
}
