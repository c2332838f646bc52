package io.batterylab.detector.forest;

import io.batterylab.core.settings.Setting;

/** Random forest of CART trees (Tribuo) on {@link WindowFeatures}. */
public record ForestSettings(
        @Setting(label = "Trees", min = 1, max = 500) int trees,
        @Setting(label = "Maximum depth", min = 1, max = 40) int maxDepth,
        @Setting(label = "Share of features per split", min = 0.05, max = 1) double featureFraction,
        @Setting(label = "Alarm at risk", description = "share of trees voting runaway that raises the alarm",
                min = 0.01, max = 1) double alarmAt,
        @Setting(label = "Seed", min = 0, max = Long.MAX_VALUE) long seed) {

    public static final ForestSettings DEFAULTS = new ForestSettings(10, 10, 0.5, 0.5, 42);
}
