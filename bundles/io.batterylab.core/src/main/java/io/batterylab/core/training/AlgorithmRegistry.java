package io.batterylab.core.training;

import io.batterylab.core.plugin.PluginRegistry;

/** The Algorithm plugins present right now; inject this service rather than tracking Algorithms by hand. */
public interface AlgorithmRegistry extends PluginRegistry<Algorithm> {
}
