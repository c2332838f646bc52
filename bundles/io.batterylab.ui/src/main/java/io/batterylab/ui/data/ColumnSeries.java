package io.batterylab.ui.data;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A plottable column of cycle rows (a feature, RUL or PCL) and its (cycle, value) points; rows where
 * the column is missing are left out, so a missing value is a gap, never a zero.
 */
public record ColumnSeries(String key, String label, String unit, ToDoubleFunction<CycleRecord> value) {

    /** The eight features, then RUL and PCL, in a stable order. */
    public static List<ColumnSeries> all() {
        List<ColumnSeries> columns = new ArrayList<>();
        for (Feature f : Feature.values()) {
            columns.add(new ColumnSeries(f.key(), f.label(), f.unit(), r -> r.features().valueOrNaN(f)));
        }
        columns.add(new ColumnSeries(Target.RUL.key(), "RUL", "cycles", CycleRecord::rul));
        columns.add(new ColumnSeries(Target.PCL.key(), "PCL", "%", r -> r.pcl() * 100));
        return columns;
    }

    /** Where the column with this key is in the list (records holding functions are not equal by value). */
    public static int indexOf(List<ColumnSeries> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such column: " + key);
    }

    public String axisTitle() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** x = cycle, y = value, for rows where the value is present. */
    public double[][] points(List<CycleRecord> rows) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        int n = 0;
        for (CycleRecord row : rows) {
            double v = value.applyAsDouble(row);
            if (!Double.isNaN(v)) {
                x[n] = row.cycle();
                y[n] = v;
                n++;
            }
        }
        return new double[][] { java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n) };
    }
}
