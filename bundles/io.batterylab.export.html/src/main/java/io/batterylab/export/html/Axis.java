package io.batterylab.export.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One numeric axis: a data range widened to "nice" tick steps (1, 2, 5 times a power of ten) and mapped onto a pixel
 * range. A range of one value is widened by one step so that it still has an extent.
 */
record Axis(double min, double max, double step, double pixelStart, double pixelEnd) {

    static Axis of(double dataMin, double dataMax, int targetTicks, double pixelStart, double pixelEnd) {
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax)) {
            dataMin = 0;
            dataMax = 1;
        }
        if (dataMin == dataMax) {
            double pad = dataMin == 0 ? 1 : Math.abs(dataMin) * 0.1;
            dataMin -= pad;
            dataMax += pad;
        }
        double step = niceStep((dataMax - dataMin) / Math.max(1, targetTicks));
        double min = Math.floor(dataMin / step) * step;
        double max = Math.ceil(dataMax / step) * step;
        return new Axis(min, max, step, pixelStart, pixelEnd);
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The pixel position of a value. */
    double pixel(double value) {
        return pixelStart + (value - min) / (max - min) * (pixelEnd - pixelStart);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            double t = min + i * step;
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick's label with as many decimals as the step needs. */
    String label(double tick) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(tick) >= 1e6 || (step < 1e-4 && tick != 0)) {
            return String.format(java.util.Locale.ROOT, "%.2g", tick);
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", tick);
    }
}
