package io.batterylab.core.plugin;

/** What every contributed implementation of a plugin kind has: a stable id and a name for people. */
public interface Plugin {
    /** Stable id, e.g. "csv" or "baseline"; unique within its kind. */
    String id();

    String displayName();
}
