package io.batterylab.sample.generator;

/**
 * The two dQ-fit features as a documented proxy, not a simulation: each is linear in the capacity lost since
 * cycle 1 and in the steady (SEI-like) part of that loss, because that is how the real 3-feature set behaves.
 * A per-cell least-squares fit of the real features on (1, PCL - PCL(1), cycle / life) gives median
 * coefficients slope (0.0100, -0.0131, -0.00085) and intercept (0.0103, +0.0124, +0.0021); the cycle / life term
 * is expressed here through the steady loss, which is proportional to it (steady PCL at end of life ~ 0.06).
 *
 * @param slope0 dq_slope of a fresh cell
 * @param slopePerPcl decrease of dq_slope per unit of PCL lost
 * @param slopePerSteadyPcl extra decrease per unit of steady PCL
 * @param intercept0 dq_intercept of a fresh cell
 * @param interceptPerPcl increase of dq_intercept per unit of PCL lost
 * @param interceptPerSteadyPcl extra increase per unit of steady PCL
 */
record DqFitProxy(double slope0, double slopePerPcl, double slopePerSteadyPcl, double intercept0,
        double interceptPerPcl, double interceptPerSteadyPcl) {

    double slope(double pclLost, double steadyPcl) {
        return slope0 - slopePerPcl * pclLost - slopePerSteadyPcl * steadyPcl;
    }

    double intercept(double pclLost, double steadyPcl) {
        return intercept0 + interceptPerPcl * pclLost + interceptPerSteadyPcl * steadyPcl;
    }
}
