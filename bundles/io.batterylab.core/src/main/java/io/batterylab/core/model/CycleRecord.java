package io.batterylab.core.model;

import java.util.OptionalDouble;

/**
 * One cycle of one battery.
 *
 * @param cycle cycle number, 1-based, never negative
 * @param features the eight features, any of them missing
 * @param rul remaining useful life in cycles, NaN when unknown
 * @param pcl capacity loss as a fraction (1 - Qd/Qnominal), NaN when unknown
 */
public record CycleRecord(int cycle, FeatureValues features, double rul, double pcl) {
    public CycleRecord {
        if (cycle < 0) {
            throw new IllegalArgumentException("cycle must not be negative: " + cycle);
        }
        if (features == null) {
            features = FeatureValues.none();
        }
    }

    public OptionalDouble target(Target target) {
        double v = target == Target.RUL ? rul : pcl;
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** State of health, 1 - PCL; NaN when PCL is unknown. */
    public double soh() {
        return 1.0 - pcl;
    }
}
