package io.batterylab.source.table;

import java.util.regex.Pattern;

/**
 * Parses a number a person typed or a program wrote into a cell. Stricter than
 * {@link Double#parseDouble}: no hexadecimal, no type suffixes, no NaN or Infinity, because such a
 * value in a measurement file is a mistake that must be reported, not stored.
 */
public final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    private NumberText() {
    }

    /**
     * @param text the trimmed cell text; empty means missing
     * @param decimalComma whether "1,5" means 1.5 (semicolon-separated CSV from a European Excel)
     * @return the value, NaN when the cell is empty
     * @throws IllegalArgumentException with the message for the person, e.g. "not a number: 'abc'"
     */
    public static double parse(String text, boolean decimalComma) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        String plain = decimalComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        if (NOT_FINITE.matcher(plain).matches()) {
            throw new IllegalArgumentException("not a finite number: '" + text + "'");
        }
        if (!DECIMAL.matcher(plain).matches()) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
        double value = Double.parseDouble(plain);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("number too large: '" + text + "'");
        }
        return value;
    }
}
