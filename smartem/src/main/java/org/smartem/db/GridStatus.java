package org.smartem.db;

/** The labels of the native enum type {@code gridstatus}, in the type's order, as stored. */
public enum GridStatus {
    NONE,
    SCAN_STARTED,
    SCAN_COMPLETED,
    GRID_SQUARES_DECISION_STARTED,
    GRID_SQUARES_DECISION_COMPLETED
}
