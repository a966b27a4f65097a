package io.retort.bench;

import java.util.List;

/** A tool under comparison: the commands it runs for each case against a database. */
interface Contender {

    /** The row name: {@code psql (floor)}, {@code Retort}, {@code Flyway 13.12.1}. */
    String name();

    /** True for psql, the floor every other row is divided by. */
    default boolean floor() {
        return false;
    }

    /** The commands for {@code c} on {@code database}; empty when the tool has none. */
    List<Invocation> commands(Case c, String database);

    /** Why {@link #commands} is empty for {@code c}. */
    default String missing(Case c) {
        return "no equivalent";
    }
}
