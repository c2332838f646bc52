package io.batterylab.core.model;

import java.util.Optional;

/** What a predictor estimates for a cycle. */
public enum Target implements Keyed {
    /** Remaining useful life in cycles: cycle life minus cycle. */
    RUL("rul", "Remaining useful life", "cycles"),
    /** Percentage capacity loss as a fraction: 1 - Qd / Qnominal (shown as %). */
    PCL("pcl", "Capacity loss", "fraction");

    private final String key;
    private final String label;
    private final String unit;

    Target(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<Target> byKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
