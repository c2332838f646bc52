package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A device's alarm: raised with a severity by the detectors, acknowledged by a user, cleared after a quiet period.
 *
 * @param values the channels of the sample that raised it
 */
public record Alarm(long id, String deviceId, DeviceStatus severity, List<String> detectors, double risk,
        Map<String, Double> values, Instant raisedAt, Instant acknowledgedAt, Long acknowledgedBy, Instant clearedAt) {
    public enum State {
        RAISED, ACKNOWLEDGED, CLEARED
    }

    public Alarm {
        detectors = List.copyOf(detectors);
        values = Map.copyOf(values);
    }

    public State state() {
        return clearedAt != null ? State.CLEARED : acknowledgedAt != null ? State.ACKNOWLEDGED : State.RAISED;
    }
}
