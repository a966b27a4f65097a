package io.retort.dialect.postgres;

import io.retort.dialect.BulkLoader;
import io.retort.dialect.DefaultNames;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.ops.ConstraintNaming;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import io.retort.schema.DatabaseSchema;
import java.util.List;

/**
 * PostgreSQL's spelling of every {@link Operation}. Statements carry no trailing semicolon;
 * data values travel as bind parameters, and {@link #inline} writes them in for offline scripts,
 * which assume {@code standard_conforming_strings = on}. For large bulk inserts online, see
 * {@link PostgresBulkLoader}. Stateless and thread-safe.
 */
public final class PostgresDialect implements Dialect {

    public PostgresDialect() {}

    @Override
    public ConstraintNaming naming() {
        return new PostgresNaming();
    }

    /** Batched INSERTs up to {@link PostgresBulkLoader#DEFAULT_COPY_THRESHOLD} rows, COPY above. */
    @Override
    public BulkLoader bulkLoader() {
        return new PostgresBulkLoader();
    }

    @Override
    public List<Statement> render(Operation operation) {
        if (operation instanceof Operation.CreateTable op) {
            return TableStatements.create(op);
        }
        if (operation instanceof Operation.DropTable op) {
            return TableStatements.drop(op);
        }
        if (operation instanceof Operation.RenameTable op) {
            return TableStatements.rename(op);
        }
        if (operation instanceof Operation.CommentOnTable op) {
            return TableStatements.comment(op);
        }
        if (operation instanceof Operation.AddColumn op) {
            return TableStatements.addColumn(op);
        }
        if (operation instanceof Operation.DropColumn op) {
            return TableStatements.dropColumn(op);
        }
        if (operation instanceof Operation.AlterColumn op) {
            return TableStatements.alterColumn(op);
        }
        if (operation instanceof Operation.CreateIndex op) {
            return IndexStatements.create(op);
        }
        if (operation instanceof Operation.DropIndex op) {
            return IndexStatements.drop(op);
        }
        if (operation instanceof Operation.AddConstraint op) {
            return ConstraintStatements.add(op);
        }
        if (operation instanceof Operation.DropConstraint op) {
            return ConstraintStatements.drop(op);
        }
        if (operation instanceof Operation.ValidateConstraint op) {
            return ConstraintStatements.validate(op);
        }
        if (operation instanceof Operation.CreateEnum op) {
            return List.of(ObjectStatements.createEnum(op.schema(), op.name(), op.labels()));
        }
        if (operation instanceof Operation.DropEnum op) {
            return List.of(ObjectStatements.dropEnum(op.schema(), op.name(), op.ifExists()));
        }
        if (operation instanceof Operation.AddEnumValue op) {
            return ObjectStatements.addEnumValue(op);
        }
        if (operation instanceof Operation.RenameEnumValue op) {
            return ObjectStatements.renameEnumValue(op);
        }
        if (operation instanceof Operation.CreateSequence op) {
            return ObjectStatements.createSequence(op);
        }
        if (operation instanceof Operation.DropSequence op) {
            return ObjectStatements.dropSequence(op);
        }
        if (operation instanceof Operation.CreateSchema op) {
            return ObjectStatements.createSchema(op);
        }
        if (operation instanceof Operation.DropSchema op) {
            return ObjectStatements.dropSchema(op);
        }
        if (operation instanceof Operation.CreateExtension op) {
            return ObjectStatements.createExtension(op);
        }
        if (operation instanceof Operation.DropExtension op) {
            return ObjectStatements.dropExtension(op);
        }
        if (operation instanceof Operation.BulkInsert op) {
            return DataStatements.bulkInsert(op);
        }
        if (operation instanceof Operation.Execute op) {
            return DataStatements.execute(op);
        }
        // Java 17 has no exhaustive switch over a sealed type; PostgresDialectRenderTest renders every permitted subtype.
        throw new IllegalStateException("PostgresDialect cannot render " + operation.getClass().getName());
    }

    /** Quoted only when PostgreSQL's {@code quote_ident} would quote it: {@code user_id}, {@code "user"}, {@code "Name"}. */
    @Override
    public String quoteIdentifier(String identifier) {
        return SqlText.identifier(identifier);
    }

    /**
     * {@code NULL}, {@code 42}, {@code (-1)}, {@code true}, {@code 'it''s'}, {@code E'a\nb'} (only
     * for control characters), {@code '...'::uuid}, {@code '2024-05-01 10:00:00'::timestamp},
     * {@code '...'::timestamptz}, {@code '\x00ff'::bytea}; maps and lists as JSON text, Java arrays
     * as array text.
     */
    @Override
    public String literal(Object value) {
        return SqlText.literal(value);
    }

    @Override
    public String inline(Statement statement) {
        return ParameterInliner.inline(statement);
    }

    @Override
    public String typeName(SqlType type) {
        return SqlText.type(type);
    }

    @Override
    public DefaultNames defaultNames() {
        return PostgresDefaultNames.INSTANCE;
    }

    /** See {@link PostgresNormalForm}. */
    @Override
    public DatabaseSchema normalize(DatabaseSchema schema) {
        return PostgresNormalForm.of(schema);
    }
}
