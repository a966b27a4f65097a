package io.retort.ops;

/** What a {@code createTable} is made of: columns and table constraints. */
public sealed interface TableElement permits Column, Constraint {}
