package org.smartem.db;

/** The labels of the native enum type {@code foilholestatus}, in the type's order, as stored. */
public enum FoilHoleStatus {
    NONE,
    MICROGRAPHS_DETECTED
}
