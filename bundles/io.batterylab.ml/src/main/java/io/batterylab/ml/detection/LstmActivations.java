package io.batterylab.ml.detection;

/**
 * The LSTM's sigmoid and tanh over runs of a float array, in plain double arithmetic so that every CPU and every JIT
 * tier gives the same floats (no {@code Math} intrinsics), and branch-free so that the JIT vectorises the loops.
 * <p>
 * tanh(x) = x·P(x²)/Q(x²) with P and Q of degree 5, for |x| clamped to 9.5 (beyond it tanh is 1 in float). The
 * coefficients are this project's near-minimax fit (least squares on 40,000 points of [0, 9.5], reweighted towards
 * the largest errors until they level out; {@code tests/io.batterylab.benchmarks/lstm_tanh_fit.py}); the rational's
 * own error is below 6.5e-11, so after rounding to float the result is within 0.51 ulp of the true value, and the
 * correctly rounded float in 99.9 % of cases ({@code LstmActivationsTest} against {@link StrictMath#tanh}).
 * sigmoid(x) = ½ + ½·tanh(x/2), within 2e-11 of the true value (absolute: its smallest values carry fewer float
 * digits than a direct formula would).
 */
final class LstmActivations {
    /** |x| beyond which tanh(x) rounds to ±1 in float (from 9.01 on). */
    private static final double CLAMP = 9.5;
    private static final double P0 = 0.9999999996473741;
    private static final double P1 = 0.1407851790595709;
    private static final double P2 = 0.004398424059770346;
    private static final double P3 = 4.15687982590173e-05;
    private static final double P4 = 1.0718298246002888e-07;
    private static final double P5 = 3.430664665578761e-11;
    private static final double Q1 = 0.47411851074703865;
    private static final double Q2 = 0.029104596539596562;
    private static final double Q3 = 0.0004955519538971379;
    private static final double Q4 = 2.5387320040806795e-06;
    private static final double Q5 = 2.804624473933195e-09;

    private LstmActivations() {
    }

    /**
     * {@code values[j] = shift[j] + scale[j] · tanh(scale[j] · values[j])} for the first {@code length} values: the
     * sigmoid where scale and shift are ½ (σ(x) = ½ + ½·tanh(x/2)), tanh where they are 1 and 0. One loop over all
     * gates of several windows' LSTMs, long enough for the JIT's vector loop, where a loop per gate or per window
     * would run mostly in its scalar remainder.
     */
    static void gates(float[] values, int length, float[] scale, float[] shift) {
        for (int j = 0; j < length; j++) {
            values[j] = (float) (shift[j] + scale[j] * tanh(scale[j] * values[j]));
        }
    }

    /** tanh(x), within 6.5e-11 (the sign of a zero kept; NaN for NaN). */
    static double tanh(double x) {
        double t = Math.max(-CLAMP, Math.min(CLAMP, x));
        double s = t * t;
        double p = ((((P5 * s + P4) * s + P3) * s + P2) * s + P1) * s + P0;
        double q = ((((Q5 * s + Q4) * s + Q3) * s + Q2) * s + Q1) * s + 1;
        return t * p / q;
    }
}
