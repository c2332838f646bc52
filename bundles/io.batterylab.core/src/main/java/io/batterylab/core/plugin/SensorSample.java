package io.batterylab.core.plugin;

import java.util.Map;

/**
 * One reading of a sensor node (SPEC §9 payload).
 *
 * @param deviceId node id; "legacy" for payloads without a device_id
 * @param timestampMs device clock in ms
 * @param channels channel name (e.g. temp_internal_c) to value
 * @param thresholds channel name to the device's threshold
 * @param deviceStatus the device's own status
 */
public record SensorSample(String deviceId, long timestampMs, Map<String, Double> channels,
        Map<String, Double> thresholds, DeviceStatus deviceStatus) {
    public SensorSample {
        channels = Map.copyOf(channels);
        thresholds = Map.copyOf(thresholds);
    }
}
