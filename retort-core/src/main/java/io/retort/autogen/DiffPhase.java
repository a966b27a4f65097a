package io.retort.autogen;

/**
 * The order of an upgrade. Each step's reverse runs in the opposite order, so the same rules hold
 * for the downgrade: types before the columns that use them, referenced tables and their keys
 * before the foreign keys that point at them, foreign keys dropped before their tables.
 */
enum DiffPhase {
    CREATE_SCHEMA,
    RENAME,
    CREATE_ENUM,
    CHANGE_ENUM,
    DROP_FOREIGN_KEY,
    DROP_KEY_OR_INDEX,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    ALTER_COLUMN,
    ADD_KEY_OR_INDEX,
    ADD_FOREIGN_KEY,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_SEQUENCE,
    DROP_ENUM,
    DROP_SCHEMA
}
