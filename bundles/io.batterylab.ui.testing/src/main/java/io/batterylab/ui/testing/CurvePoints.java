package io.batterylab.ui.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.TestDetail;
import java.util.List;

/**
 * One cell's scored rows of one target as plot-ready arrays in display units: the cycle predicted (c + h), the truth,
 * the prediction and the residual (predicted - truth). Rows without truth or prediction are left out, never drawn
 * as zero.
 */
public record CurvePoints(double[] cycles, double[] truth, double[] predicted, double[] residuals) {

    public static CurvePoints of(List<TestDetail> rows, Target target) {
        TargetScale scale = TargetScale.of(target);
        double[][] columns = new double[4][rows.size()];
        int n = 0;
        for (TestDetail row : rows) {
            double truth = row.truth(target);
            double predicted = row.predicted(target);
            if (Double.isFinite(truth) && Double.isFinite(predicted)) {
                columns[0][n] = row.cycle();
                columns[1][n] = scale.shown(truth);
                columns[2][n] = scale.shown(predicted);
                columns[3][n] = scale.shown(predicted - truth);
                n++;
            }
        }
        return new CurvePoints(java.util.Arrays.copyOf(columns[0], n), java.util.Arrays.copyOf(columns[1], n),
                java.util.Arrays.copyOf(columns[2], n), java.util.Arrays.copyOf(columns[3], n));
    }

    public int size() {
        return cycles.length;
    }
}
