package io.batterylab.ui.charts;

import java.util.ArrayList;
import java.util.List;

/** Round tick values (1, 2 or 5 times a power of ten) covering a range, for drawn axes. */
public final class AxisTicks {
    private AxisTicks() {
    }

    public static List<Double> of(double min, double max, int wanted) {
        if (!(max > min) || Double.isInfinite(max - min)) {
            return List.of(min);
        }
        double raw = (max - min) / Math.max(1, wanted);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A short label: no trailing zeros, scientific only for very large or small values. */
    public static String label(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(java.util.Locale.ROOT, "%.2e", v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
