package io.batterylab.core.model;

import java.util.Optional;

/** The eight cycle features of Wen et al. (from Severson's data), with their stable names. */
public enum Feature implements Keyed {
    DQ_SLOPE("dq_slope", "dQ-fit slope", ""),
    DQ_INTERCEPT("dq_intercept", "dQ-fit intercept", ""),
    T_AVG("t_avg", "Average temperature", "degC"),
    IR("ir", "Internal resistance", "ohm"),
    CHARGE_TIME("charge_time", "Charge time", "min"),
    DQDV_MAX("dqdv_max", "dQ/dV maximum", ""),
    DQDV_MIN("dqdv_min", "dQ/dV minimum", ""),
    DQDV_VAR("dqdv_var", "dQ/dV variance", "");

    private final String key;
    private final String label;
    private final String unit;

    Feature(String key, String label, String unit) {
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

    public static Optional<Feature> byKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
