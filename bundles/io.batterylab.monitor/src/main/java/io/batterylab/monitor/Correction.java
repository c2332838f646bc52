package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;

/**
 * A status command sent to a node.
 *
 * @param userId the user who sent it by hand; null for an automatic correction
 * @param deviceStatus the node's status when it was sent (null for a manual command before any sample)
 * @param modelStatus the model verdict when it was sent (null when there was none)
 */
public record Correction(long id, String deviceId, Instant sentAt, DeviceStatus command, DeviceStatus deviceStatus,
        DeviceStatus modelStatus, Long userId) {
}
