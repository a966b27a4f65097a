package io.retort.graph;

/** Which way a migration step moves the database. */
public enum Direction {
    UP,
    DOWN
}
