package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;
import java.util.List;

/**
 * A node id a user claimed, with what was last seen of it.
 *
 * @param detectors the detector ids that run on it, in order
 * @param lastSeen null before its first sample
 * @param lastDeviceStatus the node's own status in its newest sample (null before one)
 * @param lastModelStatus the detectors' newest verdict (null before a full window)
 */
public record MonitoredDevice(long id, long userId, String deviceId, String name, List<String> detectors,
        Instant createdAt, Instant lastSeen, DeviceStatus lastDeviceStatus, DeviceStatus lastModelStatus,
        double lastModelRisk) {
    public MonitoredDevice {
        detectors = List.copyOf(detectors);
    }
}
