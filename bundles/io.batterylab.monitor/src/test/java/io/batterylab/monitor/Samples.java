package io.batterylab.monitor;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.util.Map;

/** Samples for the tests: a node at 2 Hz with its internal and ambient temperature. */
final class Samples {
    private Samples() {
    }

    static SensorSample at(String device, long timestampMs, double internalC, DeviceStatus status) {
        return new SensorSample(device, timestampMs, Map.of(Channels.TEMP_INTERNAL, internalC, Channels.TEMP_AMBIENT,
                25.0), Map.of(), status);
    }

    static SensorSample at(String device, long timestampMs, double internalC) {
        return at(device, timestampMs, internalC, DeviceStatus.NORMAL);
    }
}
