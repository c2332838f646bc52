package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;

/** A sample to store: the node's reading, when the server received it, and its window's verdict (null: none). */
public record SampleRow(long devicePk, long receivedMs, SensorSample sample, boolean gapBefore,
        DeviceStatus modelStatus, double modelRisk) {
}
