package io.batterylab.core.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The eight feature values of one cycle. A feature that a data source does not provide is
 * missing (never zero); missing values are stored as NaN internally and surface as empty optionals.
 */
public final class FeatureValues {
    private static final FeatureValues NONE = new FeatureValues(missingArray());

    private final double[] values;

    private FeatureValues(double[] values) {
        this.values = values;
    }

    public static FeatureValues none() {
        return NONE;
    }

    /** @param values indexed by {@link Feature#ordinal()}, NaN for missing; copied. */
    public static FeatureValues of(double[] values) {
        if (values.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " feature values, got " + values.length);
        }
        return new FeatureValues(values.clone());
    }

    public static FeatureValues of(Map<Feature, Double> present) {
        double[] v = missingArray();
        present.forEach((f, x) -> v[f.ordinal()] = x == null ? Double.NaN : x);
        return new FeatureValues(v);
    }

    public OptionalDouble get(Feature feature) {
        double v = values[feature.ordinal()];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The raw value, NaN when missing: for numeric loops that skip NaN themselves. */
    public double valueOrNaN(Feature feature) {
        return values[feature.ordinal()];
    }

    public boolean has(Feature feature) {
        return !Double.isNaN(values[feature.ordinal()]);
    }

    public double[] toArray() {
        return values.clone();
    }

    public Map<Feature, Double> present() {
        Map<Feature, Double> map = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            if (has(f)) {
                map.put(f, values[f.ordinal()]);
            }
        }
        return map;
    }

    private static double[] missingArray() {
        double[] v = new double[Feature.values().length];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureValues other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return present().toString();
    }
}
