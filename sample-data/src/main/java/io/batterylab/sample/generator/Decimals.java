package io.batterylab.sample.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-decimal text of a double, rounded half-even from its exact binary value: the same digits on every
 * JDK and platform (Double.toString and Formatter output have changed between JDK releases).
 */
final class Decimals {
    private Decimals() {
    }

    static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        // -0.0001 rounded to 3 decimals would print "-0.000"
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }
}
