package io.batterylab.analysis;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds cycle rows for tests. */
final class Rows {
    private Rows() {
    }

    /** Rows whose {@code feature} takes the given values (NaN = missing), cycle 1.., with rul and pcl. */
    static List<CycleRecord> of(Feature feature, double[] featureValues, double[] rul, double[] pcl) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int i = 0; i < featureValues.length; i++) {
            FeatureValues values = Double.isNaN(featureValues[i]) ? FeatureValues.none()
                    : FeatureValues.of(Map.of(feature, featureValues[i]));
            rows.add(new CycleRecord(i + 1, values, rul[i], pcl[i]));
        }
        return rows;
    }

    /** Rows with only PCL, at the given cycles. */
    static List<CycleRecord> pcl(double[] cycles, double[] pcl) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int i = 0; i < cycles.length; i++) {
            rows.add(new CycleRecord((int) cycles[i], FeatureValues.none(), Double.NaN, pcl[i]));
        }
        return rows;
    }

    static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
