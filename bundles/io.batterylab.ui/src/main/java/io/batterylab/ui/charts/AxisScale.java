package io.batterylab.ui.charts;

/**
 * Axis ranges and tick steps SWTChart can draw well: a range is never zero wide (one point or a constant series left
 * SWTChart with no ticks and NaN pixel positions), and an axis of whole numbers (epoch, cycle, a count of rows) gets a
 * whole tick step, so no tick reads "2.5 epochs".
 */
public final class AxisScale {
    /** SWTChart's own pixels between ticks, kept wherever it already gives whole steps. */
    public static final int DEFAULT_STEP_HINT = 64;

    private AxisScale() {
    }

    /**
     * The range with a margin of {@code share} of its width each side. A zero-wide range is widened around its value:
     * by one on a whole-number axis (ticks either side of the single epoch), else by 5 % of the value (or one at zero).
     * A range that is not finite (no data) becomes 0..1.
     */
    public static double[] padded(double lower, double upper, double share, boolean wholeNumbers) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            return new double[] {0, 1};
        }
        double width = upper - lower;
        if (width <= Math.ulp(Math.max(Math.abs(lower), Math.abs(upper))) * 1e6) {
            double pad = wholeNumbers || upper == 0 ? 1 : Math.abs(upper) * 0.05;
            return new double[] {lower - pad, upper + pad};
        }
        return new double[] {lower - width * share, upper + width * share};
    }

    /**
     * The tick step hint (pixels between ticks) for a whole-number axis of that range and length: SWTChart rounds
     * {@code width / pixels × hint} to 1, 2 or 5 times a power of ten, so a hint of at least one unit's length in
     * pixels makes the step one or more.
     */
    public static int wholeNumberStepHint(double lower, double upper, int pixels) {
        double width = upper - lower;
        if (pixels <= 0 || !(width > 0) || !Double.isFinite(width)) {
            return DEFAULT_STEP_HINT;
        }
        double unit = Math.ceil(pixels / width);
        return unit > DEFAULT_STEP_HINT ? (int) Math.min(unit, Integer.MAX_VALUE / 2) : DEFAULT_STEP_HINT;
    }

    /** The tick step SWTChart 1.1 takes for a linear axis (its AxisTickLabels.getGridStep), to check the hint by. */
    public static double swtChartStep(double lower, double upper, int pixels, int hint) {
        double mantissa = (upper - lower) / pixels * hint;
        int exponent = 0;
        while (mantissa < 1) {
            mantissa *= 10;
            exponent--;
        }
        while (mantissa >= 10) {
            mantissa /= 10;
            exponent++;
        }
        double factor = mantissa > 7.5 ? 10 : mantissa > 3.5 ? 5 : mantissa > 1.5 ? 2 : 1;
        return factor * Math.pow(10, exponent);
    }
}
