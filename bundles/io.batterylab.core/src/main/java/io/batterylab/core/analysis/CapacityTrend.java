package io.batterylab.core.analysis;

/**
 * Capacity-fade trend of one battery over its cycles.
 *
 * @param fadeRatePer100Cycles mean PCL increase per 100 cycles (fraction), from a linear fit
 * @param earlyFadeRatePer100Cycles fade rate before the knee
 * @param lateFadeRatePer100Cycles fade rate after the knee
 * @param kneeCycle cycle where fade accelerates, null when the curve has no knee
 * @param cycles cycles of the fitted curve
 * @param fittedPcl the fitted (smoothed) PCL at those cycles
 */
public record CapacityTrend(long batteryId, double fadeRatePer100Cycles, double earlyFadeRatePer100Cycles,
        double lateFadeRatePer100Cycles, Integer kneeCycle, double[] cycles, double[] fittedPcl) {
}
