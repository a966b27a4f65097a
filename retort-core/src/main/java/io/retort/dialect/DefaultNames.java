package io.retort.dialect;

import java.util.List;

/**
 * The names a database gives to a constraint, index or sequence created without one, so that a
 * schema read from entities can name what the database will name.
 */
public interface DefaultNames {

    /** The primary key of {@code table}. */
    String primaryKey(String table);

    /** A UNIQUE constraint on {@code columns}. */
    String unique(String table, List<String> columns);

    /** A foreign key from {@code columns}. */
    String foreignKey(String table, List<String> columns);

    /** A CHECK constraint with {@code expression}. */
    String check(String table, String expression);

    /** An index on plain {@code columns}. */
    String index(String table, List<String> columns);

    /** The sequence of a serial or identity column. */
    String sequence(String table, String column);
}
