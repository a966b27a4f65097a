package org.smartem.db;

/** The labels of the native enum type {@code acquisitionstatus}, in the type's order, as stored. */
public enum AcquisitionStatus {
    PLANNED,
    STARTED,
    COMPLETED,
    PAUSED,
    ABANDONED
}
