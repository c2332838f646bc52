package io.batterylab.core.model;

/** Where a battery's data came from. */
public enum BatterySource {
    /** The shipped synthetic 124-cell set, visible to every user. */
    BUILT_IN,
    /** A file uploaded by one user, visible only to that user. */
    UPLOAD
}
