package io.retort.fleet;

import java.util.List;

/** What a fleet does to one target: what a single-database command does, with its own connection, lock and transaction. */
public interface TargetDatabase {
    /** The version table's rows; empty at base. */
    List<String> current();

    /** Applies revisions up to {@code target}; returns those run. */
    List<String> upgrade(String target);

    /** Reverts down to {@code target}; returns those run. */
    List<String> downgrade(String target);

    /** Sets the version table to {@code revisions}, running nothing. */
    void stamp(List<String> revisions, boolean purge);
}
