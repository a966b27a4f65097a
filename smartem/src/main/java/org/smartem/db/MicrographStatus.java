package org.smartem.db;

/** The labels of the native enum type {@code micrographstatus}, in the type's order, as stored. */
public enum MicrographStatus {
    NONE,
    MOTION_CORRECTION_STARTED,
    MOTION_CORRECTION_COMPLETED,
    CTF_STARTED,
    CTF_COMPLETED,
    PARTICLE_PICKING_STARTED,
    PARTICLE_PICKING_COMPLETED,
    PARTICLE_SELECTION_STARTED,
    PARTICLE_SELECTION_COMPLETED
}
