package io.batterylab.ml;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of (selected features..., cycle) with their target, drawn from cells. A row that lacks one of its values is
 * left out: missing features are never invented.
 *
 * @param inputs per row the selected features in order, then the cycle number
 * @param targets per row the target value
 * @param cells per row the index of its cell in the given list
 */
public record CycleRows(double[][] inputs, double[] targets, int[] cells) {

    public static CycleRows of(List<BatterySeries> series, List<Feature> features, Target target) {
        List<double[]> inputs = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            for (CycleRecord row : series.get(s).cycles()) {
                double[] x = inputs(row, features);
                double y = target(row, target);
                if (complete(x) && !Double.isNaN(y)) {
                    inputs.add(x);
                    targets.add(y);
                    cells.add(s);
                }
            }
        }
        return new CycleRows(inputs.toArray(double[][]::new), targets.stream().mapToDouble(Double::doubleValue).toArray(),
                cells.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The selected features of a cycle, then its cycle number; NaN where a feature is missing. */
    public static double[] inputs(CycleRecord row, List<Feature> features) {
        double[] x = new double[features.size() + 1];
        for (int f = 0; f < features.size(); f++) {
            x[f] = row.features().valueOrNaN(features.get(f));
        }
        x[features.size()] = row.cycle();
        return x;
    }

    public static double target(CycleRecord row, Target target) {
        return target == Target.RUL ? row.rul() : row.pcl();
    }

    public static boolean complete(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return targets.length;
    }

    public boolean isEmpty() {
        return targets.length == 0;
    }
}
