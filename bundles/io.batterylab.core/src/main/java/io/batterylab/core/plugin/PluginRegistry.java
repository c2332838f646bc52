package io.batterylab.core.plugin;

import java.util.List;
import java.util.Optional;

/** The implementations of one plugin kind that are present right now; one registry service per kind. */
public interface PluginRegistry<T extends Plugin> {
    /** All present implementations, sorted by display name. */
    List<T> all();

    Optional<T> find(String id);
}
