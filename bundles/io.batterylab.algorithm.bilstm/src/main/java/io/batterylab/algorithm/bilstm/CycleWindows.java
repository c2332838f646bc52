package io.batterylab.algorithm.bilstm;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.ml.CycleRows;
import io.batterylab.ml.StandardScaler;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows of L consecutive cycle rows of one cell, each labelled with the target of its last row. A window must
 * not span a row that lacks a selected feature; the first L-1 rows of a cell end no window.
 *
 * @param inputs scaled windows one after another, each L rows of (features..., cycle)
 * @param targets target of each window's last row (target units)
 * @param ends index of each window's last row in its cell's row list
 */
record CycleWindows(float[] inputs, double[] targets, int[] ends) {

    int size() {
        return ends.length;
    }

    /** Training windows: those whose last row also has the target. */
    static CycleWindows labelled(List<BatterySeries> cells, List<Feature> features, Target target, int length,
            StandardScaler scaler) {
        List<float[]> windows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (BatterySeries cell : cells) {
            collect(cell.cycles(), features, length, scaler, target, windows, targets, ends);
        }
        return of(windows, targets, ends);
    }

    /** Every window of one cell, labelled or not, for prediction. */
    static CycleWindows all(List<CycleRecord> rows, List<Feature> features, int length, StandardScaler scaler) {
        List<float[]> windows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        collect(rows, features, length, scaler, null, windows, targets, ends);
        return of(windows, targets, ends);
    }

    private static void collect(List<CycleRecord> rows, List<Feature> features, int length, StandardScaler scaler,
            Target target, List<float[]> windows, List<Double> targets, List<Integer> ends) {
        int columns = features.size() + 1;
        float[][] scaled = new float[rows.size()][];
        int run = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] x = CycleRows.inputs(rows.get(i), features);
            if (!CycleRows.complete(x)) {
                run = 0;
                continue;
            }
            scaled[i] = new float[columns];
            for (int c = 0; c < columns; c++) {
                scaled[i][c] = (float) scaler.transform(c, x[c]);
            }
            run++;
            double y = target == null ? Double.NaN : CycleRows.target(rows.get(i), target);
            if (run >= length && (target == null || !Double.isNaN(y))) {
                float[] window = new float[length * columns];
                for (int k = 0; k < length; k++) {
                    System.arraycopy(scaled[i - length + 1 + k], 0, window, k * columns, columns);
                }
                windows.add(window);
                targets.add(y);
                ends.add(i);
            }
        }
    }

    private static CycleWindows of(List<float[]> windows, List<Double> targets, List<Integer> ends) {
        int size = windows.isEmpty() ? 0 : windows.get(0).length;
        float[] flat = new float[windows.size() * size];
        for (int w = 0; w < windows.size(); w++) {
            System.arraycopy(windows.get(w), 0, flat, w * size, size);
        }
        return new CycleWindows(flat, targets.stream().mapToDouble(Double::doubleValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray());
    }
}
