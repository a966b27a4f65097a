package io.retort.ops;

import java.util.List;

/**
 * The names a database gives indexes and constraints created without one, which the reverse of
 * such an operation must drop by name. Each dialect has its own rules.
 */
public interface ConstraintNaming {

    /** The constraint's own name, or the one the database gives it on {@code table}. */
    String nameOf(String table, Constraint constraint);

    /** The name the database gives an index on {@code table} created without one. */
    String index(String table, List<Operation.IndexKey> keys);
}
