package io.batterylab.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * Colours for values in [-1, 1] such as correlations: blue for negative, white for zero, red for
 * positive (ColorBrewer RdBu ends, readable with red–green colour blindness). Missing is grey.
 */
public final class DivergingScale {
    public static final RGB NEGATIVE = new RGB(0x21, 0x66, 0xAC);
    public static final RGB ZERO = new RGB(0xF7, 0xF7, 0xF7);
    public static final RGB POSITIVE = new RGB(0xB2, 0x18, 0x2B);
    public static final RGB MISSING = new RGB(0xC8, 0xC8, 0xC8);

    private DivergingScale() {
    }

    public static RGB colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double v = Math.max(-1, Math.min(1, value));
        return v < 0 ? mix(ZERO, NEGATIVE, -v) : mix(ZERO, POSITIVE, v);
    }

    /** Black text on light cells, white on dark ones. */
    public static boolean needsLightText(double value) {
        return !Double.isNaN(value) && Math.abs(value) > 0.55;
    }

    private static RGB mix(RGB from, RGB to, double t) {
        return new RGB(channel(from.red, to.red, t), channel(from.green, to.green, t), channel(from.blue, to.blue, t));
    }

    private static int channel(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
