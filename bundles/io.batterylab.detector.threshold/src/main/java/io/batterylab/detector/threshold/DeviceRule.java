package io.batterylab.detector.threshold;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import java.util.Map;

/**
 * The node's own status rule (SPEC §9) on the newest sample: count the channels beyond their threshold (all
 * upper bounds, VOC included); 0 → NORMAL, 1–2 → WARNING, more than 2 → DANGER. Channels the window does not
 * carry are not counted. Risk = count / 3, at most 1. The thresholds are read from the settings once, not at every
 * window, and only each channel's newest value is asked for (a monitor's window then copies no channel for it): the
 * monitor runs this rule on every sample of every device.
 */
public final class DeviceRule {
    private final ThresholdSettings settings;
    private final String[] channels;
    private final double[] limits;

    public DeviceRule(ThresholdSettings settings) {
        this.settings = settings;
        Map<String, Double> byChannel = settings.byChannel();
        this.channels = byChannel.keySet().toArray(String[]::new);
        this.limits = byChannel.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    public ThresholdSettings settings() {
        return settings;
    }

    public Assessment assess(SampleWindow window) {
        int beyond = 0;
        for (int i = 0; i < channels.length; i++) {
            if (window.has(channels[i]) && window.latest(channels[i]) > limits[i]) {
                beyond++;
            }
        }
        DeviceStatus status = beyond == 0 ? DeviceStatus.NORMAL
                : beyond <= 2 ? DeviceStatus.WARNING : DeviceStatus.DANGER;
        return new Assessment(Math.min(1, beyond / 3.0), status);
    }
}
