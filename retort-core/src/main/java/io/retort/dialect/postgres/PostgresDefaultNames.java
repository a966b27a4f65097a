package io.retort.dialect.postgres;

import io.retort.dialect.DefaultNames;
import io.retort.ops.Operation;
import java.util.List;

/** PostgreSQL's names for unnamed objects, as {@link PostgresNaming} predicts them. */
enum PostgresDefaultNames implements DefaultNames {
    INSTANCE;

    @Override
    public String primaryKey(String table) {
        return PostgresNaming.primaryKey(table);
    }

    @Override
    public String unique(String table, List<String> columns) {
        return PostgresNaming.unique(table, columns);
    }

    @Override
    public String foreignKey(String table, List<String> columns) {
        return PostgresNaming.foreignKey(table, columns);
    }

    @Override
    public String check(String table, String expression) {
        return PostgresNaming.check(table, expression);
    }

    @Override
    public String index(String table, List<String> columns) {
        return new PostgresNaming().index(table, columns.stream().map(Operation.IndexKey::column).toList());
    }

    @Override
    public String sequence(String table, String column) {
        return PostgresNaming.sequence(table, column);
    }
}
