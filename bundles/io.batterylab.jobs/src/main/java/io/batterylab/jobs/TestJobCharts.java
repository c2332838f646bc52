package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.plugin.Report.Chart;
import io.batterylab.core.plugin.Report.ChartKind;
import io.batterylab.core.plugin.Report.Series;
import io.batterylab.core.testing.TestDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a test job's report for one target, drawn from its detail rows read once in order: predicted vs true
 * per cell, residual (predicted − true) over cycle, residual histogram, absolute error per cell.
 */
final class TestJobCharts {
    static final int BINS = 30;
    private final Target target;
    private final Map<Long, String> names;
    private final Map<Long, Points> cells = new LinkedHashMap<>();

    /** The points of one cell. */
    private static final class Points {
        final DoubleList cycle = new DoubleList();
        final DoubleList truth = new DoubleList();
        final DoubleList predicted = new DoubleList();
        final DoubleList residual = new DoubleList();
        final DoubleList absolute = new DoubleList();
    }

    TestJobCharts(Target target, Map<Long, String> names) {
        this.target = target;
        this.names = names;
    }

    void add(TestDetail row) {
        double y = row.truth(target);
        double p = row.predicted(target);
        if (Double.isNaN(y) || Double.isNaN(p)) {
            return;
        }
        Points points = cells.computeIfAbsent(row.batteryId(), id -> new Points());
        points.cycle.add(row.cycle());
        points.truth.add(y);
        points.predicted.add(p);
        points.residual.add(p - y);
        points.absolute.add(Math.abs(p - y));
    }

    List<Chart> charts() {
        String unit = target.label() + " (" + target.unit() + ")";
        List<Series> lines = new ArrayList<>();
        List<Series> residuals = new ArrayList<>();
        List<Series> boxes = new ArrayList<>();
        DoubleList all = new DoubleList();
        cells.forEach((id, p) -> {
            String name = names.getOrDefault(id, "battery " + id);
            lines.add(new Series(name + " true", p.cycle.toArray(), p.truth.toArray()));
            lines.add(new Series(name + " predicted", p.cycle.toArray(), p.predicted.toArray()));
            residuals.add(new Series(name, p.cycle.toArray(), p.residual.toArray()));
            boxes.add(new Series(name, new double[p.absolute.size()], p.absolute.toArray()));
            all.addAll(p.residual);
        });
        return List.of(new Chart("Predicted vs true " + target.key(), ChartKind.LINE, "cycle", unit, lines),
                new Chart("Residual over cycle " + target.key(), ChartKind.SCATTER, "cycle", "predicted − true", residuals),
                new Chart("Residual histogram " + target.key(), ChartKind.HISTOGRAM, "predicted − true", "rows",
                        List.of(histogram(target.key() + " residuals", all.toArray(), BINS))),
                new Chart("Absolute error per battery " + target.key(), ChartKind.BOX, "battery", "|predicted − true|",
                        boxes));
    }

    /** Equal-width bins over the values' range: x = bin centres, y = counts; no values, no bins. */
    static Series histogram(String name, double[] values, int bins) {
        if (values.length == 0) {
            return new Series(name, new double[0], new double[0]);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = max > min ? bins : 1;
        double width = max > min ? (max - min) / n : 1;
        double[] centres = new double[n];
        double[] counts = new double[n];
        for (int b = 0; b < n; b++) {
            centres[b] = n == 1 ? min : min + (b + 0.5) * width;
        }
        for (double v : values) {
            counts[Math.min(n - 1, (int) ((v - min) / width))]++;
        }
        return new Series(name, centres, counts);
    }
}
