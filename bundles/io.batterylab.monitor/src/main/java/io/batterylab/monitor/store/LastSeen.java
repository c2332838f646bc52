package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;

/** The newest of a device's samples in a batch: its time, the node's status and the verdict (null: none yet). */
public record LastSeen(long devicePk, long seenMs, DeviceStatus deviceStatus, DeviceStatus modelStatus,
        double modelRisk) {
}
