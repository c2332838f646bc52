package io.batterylab.core.detection;

import io.batterylab.core.plugin.PluginRegistry;

/** The Detector plugins present right now; inject this service rather than tracking Detectors by hand. */
public interface DetectorRegistry extends PluginRegistry<Detector> {
}
