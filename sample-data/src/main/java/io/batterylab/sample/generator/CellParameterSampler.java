package io.batterylab.sample.generator;

import java.util.Random;

/**
 * Draws the model parameters of one cell given its life and policy. Ranges are chosen to reproduce the real
 * set's summary figures: initial PCL 0.02-0.035 (Q0 ~ 1.07 Ah), a small capacity rise over the first ~100
 * cycles, IR ~ 16.5 mOhm with ~0.4 mOhm cycle-to-cycle noise, dQ-fit features from ~0.010 to ~0.007 / ~0.015.
 */
final class CellParameterSampler {
    private final Random random;

    CellParameterSampler(Random random) {
        this.random = random;
    }

    CellParameters sample(String id, String split, ChargingPolicy policy, int cycleLife) {
        CapacityFade fade = new CapacityFade(clip(normal(1.070, 0.006), 1.050, 1.090), uniform(0.002, 0.008),
                uniform(40, 120), uniform(0.20, 0.50), cycleLife * uniform(0.06, 0.16), cycleLife);
        ResistanceGrowth resistance = new ResistanceGrowth(clip(normal(0.0165, 0.0008), 0.0140, 0.0190),
                uniform(0.02, 0.06), uniform(0.10, 0.25));
        double temperatureOffset = normal(0, 0.8);
        DqFitProxy dqFit = new DqFitProxy(normal(0.0100, 0.0003), clip(normal(0.013, 0.003), 0.005, 0.020),
                Math.max(0, normal(0.014, 0.006)), normal(0.01026, 0.0003), clip(normal(0.0124, 0.003), 0.005, 0.020),
                Math.max(0, normal(0.035, 0.006)));
        IncrementalCapacityCurve ic = new IncrementalCapacityCurve(normal(3.232, 0.004), normal(0.055, 0.003),
                normal(3.08, 0.01), clip(normal(2.0, 0.3), 1.0, 3.0));
        return new CellParameters(id, split, policy, cycleLife, fade, resistance, temperatureOffset, dqFit, ic,
                random.nextLong());
    }

    private double normal(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double clip(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
