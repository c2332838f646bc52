package io.batterylab.device.mqtt;

import io.batterylab.core.plugin.SensorSample;

/** What a sensor payload turned out to be: a sample, or a rejection with the reason (counted, never fatal). */
public sealed interface PayloadResult {
    /** The device the payload came from (from its topic or its {@code device_id}), for counting. */
    String deviceId();

    record Accepted(SensorSample sample) implements PayloadResult {
        @Override
        public String deviceId() {
            return sample.deviceId();
        }
    }

    record Rejected(String deviceId, String reason) implements PayloadResult {
    }
}
