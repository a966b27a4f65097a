package org.smartem.db;

/** The labels of the native enum type {@code gridsquarestatus}, in the type's order, as stored. */
public enum GridSquareStatus {
    NONE,
    FOIL_HOLES_DECISION_STARTED,
    FOIL_HOLES_DECISION_COMPLETED,
    REGISTERED
}
