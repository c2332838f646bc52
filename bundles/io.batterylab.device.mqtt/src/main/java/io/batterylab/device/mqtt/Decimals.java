package io.batterylab.device.mqtt;

/**
 * Reads a plain decimal such as {@code -31.25} from the parser's characters without making a {@code String} of it
 * first (Jackson's {@code getDoubleValue} does, for every number of every payload). Only where the result is
 * certain to be the double {@link Double#parseDouble} gives: at most 15 significant digits and 22 decimals, no
 * exponent — the digits are then an exact double, so is the power of ten, and one division rounds correctly
 * (Clinger's fast path). Anything else is left to the caller.
 */
final class Decimals {
    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    /** The value of {@code text[offset, offset + length)}, or NaN when it is not a decimal this reads exactly. */
    static double parse(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int decimals = -1;
        int read = 0;
        for (; i < end; i++) {
            char c = text[i];
            if (c == '.' && decimals < 0) {
                decimals = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            read++;
            if (decimals >= 0) {
                decimals++;
            }
            if (digits != 0 || c != '0') {
                significant++;
            }
            digits = digits * 10 + (c - '0');
            if (significant > MAX_DIGITS || decimals >= POWERS_OF_TEN.length) {
                return Double.NaN;
            }
        }
        if (read == 0 || decimals == 0) {
            return Double.NaN;
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
    }
}
