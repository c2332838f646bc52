package io.batterylab.export.html;

import java.math.BigDecimal;
import java.math.MathContext;

/** Escaping and number display shared by the page and its charts. */
final class Html {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table cell: integers as they are, other numbers to six significant digits, NaN as an empty cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        return escape(value.toString());
    }

    static String number(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal rounded = new BigDecimal(d).round(SIX_DIGITS).stripTrailingZeros();
        return Math.abs(d) >= 1e-4 && Math.abs(d) < 1e9 ? rounded.toPlainString() : rounded.toString();
    }
}
