package io.batterylab.sample.generator;

/**
 * Discharge capacity of one cell over its life, three terms:
 *
 * <pre>
 * Q(n) = Q0 + g (1 - exp(-n / tau_g))                          break-in: capacity rises over the first cycles
 *           - a n                                             steady loss of lithium inventory (SEI growth)
 *           - b (exp((n - L) / tau_k) - exp(-L / tau_k))      accelerating "knee" loss (plating, active material)
 * </pre>
 *
 * a and b are solved so that Q(L) = {@link #END_OF_LIFE_AH} exactly at the cycle life L, with a share
 * {@code linearFraction} of the total loss from the steady term. The knee term is zero at n = 0 and grows
 * with time constant tau_k, a fraction of L, so fade accelerates over the last ~2 tau_k cycles.
 *
 * @param initialCapacityAh Q0
 * @param breakInGainAh g
 * @param breakInCycles tau_g
 * @param linearFraction share of the loss Q0 + g - 0.88 taken by the steady term at end of life
 * @param kneeTimeConstant tau_k in cycles
 * @param cycleLife L
 */
record CapacityFade(double initialCapacityAh, double breakInGainAh, double breakInCycles, double linearFraction,
        double kneeTimeConstant, int cycleLife) {
    /** Severson's end of life: 80 % of the 1.1 Ah nominal capacity. */
    static final double END_OF_LIFE_AH = 0.88;

    double capacityAh(int n) {
        return initialCapacityAh + breakInGainAh * (1 - StrictMath.exp(-n / breakInCycles)) - steadyLossAh(n)
                - kneeLossAh(n);
    }

    /** Loss from the steady (SEI-like) term, a n. */
    double steadyLossAh(int n) {
        return linearFraction * totalLossAh() * n / cycleLife;
    }

    double kneeLossAh(int n) {
        double offset = StrictMath.exp(-cycleLife / kneeTimeConstant);
        double b = (1 - linearFraction) * totalLossAh() / (1 - offset);
        return b * (StrictMath.exp((n - cycleLife) / kneeTimeConstant) - offset);
    }

    /** Knee loss as a fraction of its end-of-life value, 0 at n = 0 and 1 at n = L. */
    double kneeProgress(int n) {
        return kneeLossAh(n) / ((1 - linearFraction) * totalLossAh());
    }

    /** Q0 + g (1 - exp(-L / tau_g)) - 0.88: what the steady and knee terms lose together by end of life. */
    private double totalLossAh() {
        return initialCapacityAh + breakInGainAh * (1 - StrictMath.exp(-cycleLife / breakInCycles)) - END_OF_LIFE_AH;
    }
}
