package io.batterylab.sample.generator;

/**
 * Incremental capacity IC(V) = -dQ/dV of the 4C discharge of an LFP/graphite cell on Severson's voltage window
 * 3.6 V -> 2.0 V, as two Gaussian peaks: the main graphite-staging peak (82 % of the capacity; ~6.4 Ah/V high at
 * ~3.23 V for a fresh cell, as in the real Qd(V) curves) and a broad minor peak that forms the low-voltage tail.
 * Ageing acts three ways: the peak areas follow the capacity, the peaks broaden with the capacity lost
 * (heterogeneity), and both shift down by the extra ohmic drop I (R(n) - R0) at the 4.4 A discharge current.
 *
 * @param mainPeakVolts centre of the main peak of the fresh cell
 * @param mainPeakWidth standard deviation of the main peak, V
 * @param minorPeakVolts centre of the minor peak
 * @param broadeningPerPcl relative widening of both peaks per unit of PCL lost
 */
record IncrementalCapacityCurve(double mainPeakVolts, double mainPeakWidth, double minorPeakVolts,
        double broadeningPerPcl) {
    static final double UPPER_VOLTS = 3.6;
    static final double LOWER_VOLTS = 2.0;
    static final int GRID_POINTS = 161; // 10 mV steps
    static final double MAIN_PEAK_SHARE = 0.82;
    static final double MINOR_PEAK_WIDTH = 0.08;
    /** Every real cell was discharged at 4C of 1.1 Ah. */
    static final double DISCHARGE_CURRENT_A = 4 * 1.1;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    /** IC at each grid voltage, from 3.6 V down to 2.0 V, Ah/V. */
    double[] ahPerVolt(double capacityAh, double pclLost, double resistanceRiseOhm) {
        double shift = DISCHARGE_CURRENT_A * resistanceRiseOhm;
        double widen = 1 + broadeningPerPcl * Math.max(0, pclLost);
        double[] ic = new double[GRID_POINTS];
        for (int i = 0; i < GRID_POINTS; i++) {
            double volts = UPPER_VOLTS - (UPPER_VOLTS - LOWER_VOLTS) * i / (GRID_POINTS - 1);
            ic[i] = peak(volts, MAIN_PEAK_SHARE * capacityAh, mainPeakVolts - shift, mainPeakWidth * widen)
                    + peak(volts, (1 - MAIN_PEAK_SHARE) * capacityAh, minorPeakVolts - shift, MINOR_PEAK_WIDTH * widen);
        }
        return ic;
    }

    private static double peak(double volts, double areaAh, double centre, double width) {
        double z = (volts - centre) / width;
        return areaAh * StrictMath.exp(-0.5 * z * z) / (width * SQRT_2PI);
    }
}
