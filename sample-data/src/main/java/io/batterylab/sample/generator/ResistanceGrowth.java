package io.batterylab.sample.generator;

/**
 * Internal resistance over life: a slow rise with cycling plus a larger rise that follows the knee, as the
 * film growth and loss of active material behind the knee also raise the cell's resistance:
 * R(n) = R0 (1 + linearGrowth n / L + kneeGrowth kneeProgress(n)).
 */
record ResistanceGrowth(double initialOhm, double linearGrowth, double kneeGrowth) {

    double ohm(int n, CapacityFade fade) {
        return initialOhm * relative(n, fade);
    }

    /** R(n) / R0. */
    double relative(int n, CapacityFade fade) {
        return 1 + linearGrowth * n / fade.cycleLife() + kneeGrowth * fade.kneeProgress(n);
    }
}
