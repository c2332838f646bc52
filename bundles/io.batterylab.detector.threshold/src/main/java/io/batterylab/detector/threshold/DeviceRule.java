package io.batterylab.detector.threshold;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import java.util.Map;

/**
 * The node's own status rule (SPEC §9) on the newest sample: count the channels beyond their threshold (all
 * upper bounds, VOC included); 0 → NORMAL, 1–2 → WARNING, more than 2 → DANGER. Channels the window does not
 * carry are not counted. Risk = count / 3, at most 1.
 */
public record DeviceRule(ThresholdSettings settings) {
    public Assessment assess(SampleWindow window) {
        int beyond = 0;
        for (Map.Entry<String, Double> threshold : settings.byChannel().entrySet()) {
            if (window.has(threshold.getKey()) && window.latest(threshold.getKey()) > threshold.getValue()) {
                beyond++;
            }
        }
        DeviceStatus status = beyond == 0 ? DeviceStatus.NORMAL
                : beyond <= 2 ? DeviceStatus.WARNING : DeviceStatus.DANGER;
        return new Assessment(Math.min(1, beyond / 3.0), status);
    }
}
