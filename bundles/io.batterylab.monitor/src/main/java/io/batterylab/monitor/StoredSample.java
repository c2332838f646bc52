package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A sample as stored, or (in a downsampled series) the mean of several: channels are means, statuses the worst,
 * risk the highest of the bucket.
 *
 * @param count how many samples it stands for (1 for a raw sample)
 * @param gapBefore samples were missing just before it
 * @param modelStatus null while the device's window was still filling
 */
public record StoredSample(String deviceId, Instant receivedAt, long deviceTimeMs, int count, boolean gapBefore,
        DeviceStatus deviceStatus, DeviceStatus modelStatus, double modelRisk, Map<String, Double> channels) {
    public StoredSample {
        channels = Map.copyOf(channels);
    }
}
