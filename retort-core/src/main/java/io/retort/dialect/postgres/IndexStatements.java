package io.retort.dialect.postgres;

import static io.retort.dialect.postgres.SqlText.identifier;
import static io.retort.dialect.postgres.SqlText.qualified;

import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import java.util.List;
import java.util.stream.Collectors;

/** CREATE INDEX and DROP INDEX. */
final class IndexStatements {
    private IndexStatements() {}

    /** The method is written out even when it is btree, as Alembic does when one is given. */
    static List<Statement> create(Operation.CreateIndex op) {
        if (op.skipIfExists() && op.name() == null) {
            throw new RetortException("createIndex on " + op.table() + ": ifNotExists() needs an index name to look for.");
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (op.uniqueIndex()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (op.concurrent()) {
            sql.append("CONCURRENTLY ");
        }
        if (op.skipIfExists()) {
            sql.append("IF NOT EXISTS ");
        }
        if (op.name() != null) {
            sql.append(identifier(op.name())).append(' ');
        }
        sql.append("ON ").append(qualified(op.schema(), op.table()));
        if (op.method() != null) {
            sql.append(" USING ").append(identifier(op.method()));
        }
        sql.append(" (").append(op.keys().stream().map(IndexStatements::key).collect(Collectors.joining(", "))).append(')');
        if (!op.include().isEmpty()) {
            sql.append(" INCLUDE (").append(SqlText.identifiers(op.include())).append(')');
        }
        if (op.where() != null) {
            sql.append(" WHERE ").append(op.where());
        }
        return List.of(Statement.of(sql.toString()));
    }

    static List<Statement> drop(Operation.DropIndex op) {
        return List.of(Statement.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
                + (op.ifExists() ? "IF EXISTS " : "") + qualified(op.schema(), op.name())));
    }

    private static String key(Operation.IndexKey key) {
        return key.expression() ? "(" + key.value() + ")" : identifier(key.value());
    }
}
