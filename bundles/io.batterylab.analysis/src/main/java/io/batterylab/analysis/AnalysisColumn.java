package io.batterylab.analysis;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One analysable column of the cycle rows: a feature, RUL or PCL, read as NaN when missing.
 *
 * @param name the stable key used in results (feature key, "rul" or "pcl")
 */
public record AnalysisColumn(String name, ToDoubleFunction<CycleRecord> reader) {

    /** The eight features in {@link Feature} order, then RUL and PCL. */
    public static List<AnalysisColumn> all() {
        List<AnalysisColumn> columns = new ArrayList<>(features());
        columns.add(of(Target.RUL));
        columns.add(of(Target.PCL));
        return List.copyOf(columns);
    }

    public static List<AnalysisColumn> features() {
        return Arrays.stream(Feature.values()).map(AnalysisColumn::of).toList();
    }

    public static AnalysisColumn of(Feature feature) {
        return new AnalysisColumn(feature.key(), row -> row.features().valueOrNaN(feature));
    }

    public static AnalysisColumn of(Target target) {
        return new AnalysisColumn(target.key(), target == Target.RUL ? CycleRecord::rul : CycleRecord::pcl);
    }

    /** The column's value in every row, NaN where missing (so row positions stay aligned across columns). */
    public double[] values(List<CycleRecord> rows) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = reader.applyAsDouble(rows.get(i));
        }
        return values;
    }

    public boolean hasAnyValue(List<CycleRecord> rows) {
        return rows.stream().anyMatch(row -> !Double.isNaN(reader.applyAsDouble(row)));
    }
}
