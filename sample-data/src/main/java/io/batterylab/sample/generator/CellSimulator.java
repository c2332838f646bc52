package io.batterylab.sample.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs one cell from cycle 1 to its cycle life: the noiseless model of each quantity, measurement noise on top,
 * then the 10-cycle trailing mean of every feature (as in the processed real set). PCL is not smoothed, like
 * the real PCL, which is the measured Qd.
 *
 * <p>Row layout: cycle, the 8 features in {@code Feature} order (dq_slope, dq_intercept, t_avg, ir,
 * charge_time, dqdv_max, dqdv_min, dqdv_var), RUL = life - cycle, PCL = 1 - Qd / 1.1.
 */
final class CellSimulator {
    static final double NOMINAL_CAPACITY_AH = 1.1;
    static final int SMOOTHING_WINDOW = 10;
    static final int FEATURES = 8;

    /** Severson's cells cycled in a chamber at 30 degC. */
    static final double CHAMBER_C = 30.0;
    /**
     * Joule heating: mean cell temperature rises with R I^2. Over the real set, early-life Tavg fits
     * 30.7 + 0.104 C_rms^2 degC; the constant 0.7 is the share of the (identical) 4C discharge.
     */
    static final double CHARGE_HEAT_C_PER_RATE_SQUARED = 0.104;
    static final double DISCHARGE_HEAT_C = 0.7;
    /** Slow chamber drift as an AR(1) process (stationary sd ~ 0.4 degC), like the real slow excursions. */
    static final double DRIFT_PERSISTENCE = 0.98;
    static final double DRIFT_STEP_C = 0.08;
    /**
     * A higher resistance reaches the upper cut-off voltage sooner, so more of the charge goes at constant
     * voltage: charge time grows by this fraction of the relative resistance rise.
     */
    static final double CHARGE_TIME_PER_RELATIVE_RESISTANCE = 0.5;
    /** The cycler logged every 5 s (real charge times step by 0.083 min). */
    static final double LOGGING_PERIOD_MIN = 5.0 / 60;

    static final double CAPACITY_NOISE_AH = 0.0003;
    static final double RESISTANCE_NOISE_OHM = 0.0004;
    static final double TEMPERATURE_NOISE_C = 0.15;
    static final double DQ_FIT_NOISE = 0.00005;
    static final double IC_NOISE_AH_PER_V = 0.03;

    private CellSimulator() {
    }

    static List<double[]> simulate(CellParameters cell) {
        Random noise = new Random(cell.noiseSeed());
        CapacityFade fade = cell.fade();
        double firstCapacity = fade.capacityAh(1);
        double[] referenceIc = cell.ic().ahPerVolt(firstCapacity, 0, 0);
        double heat = CHARGE_HEAT_C_PER_RATE_SQUARED * square(cell.policy().rmsRate()) + DISCHARGE_HEAT_C;
        TrailingMean[] smoothers = new TrailingMean[FEATURES];
        for (int f = 0; f < FEATURES; f++) {
            smoothers[f] = new TrailingMean(SMOOTHING_WINDOW);
        }
        double drift = 0;
        List<double[]> rows = new ArrayList<>(cell.cycleLife());
        for (int n = 1; n <= cell.cycleLife(); n++) {
            double capacity = fade.capacityAh(n);
            double pclLost = (firstCapacity - capacity) / NOMINAL_CAPACITY_AH;
            double steadyPcl = fade.steadyLossAh(n) / NOMINAL_CAPACITY_AH;
            double relativeR = cell.resistance().relative(n, fade);
            drift = DRIFT_PERSISTENCE * drift + DRIFT_STEP_C * noise.nextGaussian();

            double[] raw = new double[FEATURES];
            raw[0] = cell.dqFit().slope(pclLost, steadyPcl) + DQ_FIT_NOISE * noise.nextGaussian();
            raw[1] = cell.dqFit().intercept(pclLost, steadyPcl) + DQ_FIT_NOISE * noise.nextGaussian();
            raw[2] = CHAMBER_C + cell.temperatureOffsetC() + drift + heat * relativeR
                    + TEMPERATURE_NOISE_C * noise.nextGaussian();
            raw[3] = cell.resistance().initialOhm() * relativeR + RESISTANCE_NOISE_OHM * noise.nextGaussian();
            raw[4] = loggedMinutes(cell.policy().minutesTo80Percent()
                    * (1 + CHARGE_TIME_PER_RELATIVE_RESISTANCE * (relativeR - 1)), noise);
            double resistanceRise = cell.resistance().initialOhm() * (relativeR - 1);
            System.arraycopy(icDifference(cell.ic().ahPerVolt(capacity, pclLost, resistanceRise), referenceIc, noise),
                    0, raw, 5, 3);

            double[] row = new double[FEATURES + 3];
            row[0] = n;
            for (int f = 0; f < FEATURES; f++) {
                row[1 + f] = smoothers[f].add(raw[f]);
            }
            row[FEATURES + 1] = cell.cycleLife() - n;
            double measuredCapacity = capacity + CAPACITY_NOISE_AH * noise.nextGaussian();
            row[FEATURES + 2] = 1 - measuredCapacity / NOMINAL_CAPACITY_AH;
            rows.add(row);
        }
        return rows;
    }

    /**
     * max, min and population variance over the voltage grid of the measured IC curve minus the cell's
     * noiseless cycle-1 curve: the per-cycle analogue of Severson's Delta Q_(100-10)(V) statistics.
     */
    private static double[] icDifference(double[] ic, double[] reference, Random noise) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < ic.length; i++) {
            double d = ic[i] + IC_NOISE_AH_PER_V * noise.nextGaussian() - reference[i];
            max = Math.max(max, d);
            min = Math.min(min, d);
            sum += d;
            sumSquares += d * d;
        }
        double mean = sum / ic.length;
        return new double[] {max, min, sumSquares / ic.length - mean * mean};
    }

    /** The logged duration: the true one seen through a 5 s logging grid with a random phase. */
    private static double loggedMinutes(double minutes, Random noise) {
        double phase = (noise.nextDouble() - 0.5) * LOGGING_PERIOD_MIN;
        return Math.round((minutes + phase) / LOGGING_PERIOD_MIN) * LOGGING_PERIOD_MIN;
    }

    private static double square(double x) {
        return x * x;
    }
}
