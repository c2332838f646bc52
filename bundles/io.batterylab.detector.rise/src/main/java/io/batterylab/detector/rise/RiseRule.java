package io.batterylab.detector.rise;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;

/**
 * The classic BMS rule: DANGER when the internal temperature rises at least the rate limit over the span, or
 * is at or above the ceiling. Risk = rate / (2 · limit), clipped to [0, 1] (so 0.5 at the limit), and 1 at the
 * ceiling.
 */
public record RiseRule(RiseSettings settings) {
    public Assessment assess(SampleWindow window) {
        if (window.latest(Channels.TEMP_INTERNAL) >= settings.ceilingCelsius()) {
            return new Assessment(1, DeviceStatus.DANGER);
        }
        double rate = window.slopePerMinute(Channels.TEMP_INTERNAL, settings.spanSeconds());
        return Assessment.ofRisk(rate / (2 * settings.rateLimitPerMinute()), 0.5);
    }
}
