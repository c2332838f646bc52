package io.batterylab.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * One model's interleaved epochs: BatteryLab's and PyTorch's seconds per epoch (warm-up epochs left out), with the
 * load average before and after, and the ratio of their medians (PyTorch / BatteryLab: ≥ 1 means BatteryLab is at
 * least as fast).
 */
record SpeedRow(String model, List<Double> batterylab, List<Double> torch, String loadBefore, String loadAfter) {
    static final String HEADER = "model;batterylab_median_s;pytorch_median_s;pytorch_over_batterylab;"
            + "batterylab_min_max_s;pytorch_min_max_s;epochs;load_before;load_after";

    SpeedRow {
        batterylab = List.copyOf(batterylab);
        torch = List.copyOf(torch);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double ratio() {
        return median(torch) / median(batterylab);
    }

    String line() {
        return String.format(Locale.ROOT, "%s;%.3f;%.3f;%.2f;%s;%s;%d;%s;%s", model, median(batterylab), median(torch),
                ratio(), range(batterylab), range(torch), batterylab.size(), loadBefore, loadAfter);
    }

    private static String range(List<Double> values) {
        return values.isEmpty() ? ""
                : String.format(Locale.ROOT, "%.3f–%.3f", values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }
}
