package io.retort;

import io.retort.ops.Ops;

/**
 * The body of a revision. Retort creates an instance and calls {@link #upgrade} or
 * {@link #downgrade} with the operations object; a migration keeps no state between calls.
 */
public interface Migration {
    /** Moves the database from the parent revision(s) to this one. */
    void upgrade(Ops op) throws Exception;

    /** Moves the database back from this revision to its parent(s). */
    void downgrade(Ops op) throws Exception;
}
