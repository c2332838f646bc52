package io.batterylab.ui.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.training.Metrics;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One cell's errors for one target in display units, a row of the per-battery table and a bar of its chart.
 * Figures the service could not compute are NaN.
 */
public record BatteryErrorRow(long batteryId, String battery, int rows, double rmse, double mae, double r2,
        double rmspe, int rowsSkipped) {

    /** The rows of one target; cells that did not score it are left out. */
    public static List<BatteryErrorRow> of(List<BatteryMetrics> cells, Target target) {
        TargetScale scale = TargetScale.of(target);
        return cells.stream().flatMap(cell -> cell.metrics().stream().filter(m -> m.target() == target)
                .map(m -> row(cell, m, scale))).toList();
    }

    private static BatteryErrorRow row(BatteryMetrics cell, TargetMetrics tm, TargetScale scale) {
        Metrics m = tm.metrics();
        return new BatteryErrorRow(cell.batteryId(), cell.batteryName(), m.count(), scale.shown(m.rmse()),
                scale.shown(m.mae()), m.r2(), m.rmspe(), cell.rowsSkipped());
    }

    /** Columns the table sorts by, in table order. */
    public enum Column {
        BATTERY("Battery", null),
        ROWS("Rows", r -> r.rows),
        RMSE("RMSE", r -> r.rmse),
        MAE("MAE", r -> r.mae),
        R2("R²", r -> r.r2),
        RMSPE("RMSPE %", r -> r.rmspe),
        SKIPPED("Skipped", r -> r.rowsSkipped);

        private final String title;
        private final ToDoubleFunction<BatteryErrorRow> value;

        Column(String title, ToDoubleFunction<BatteryErrorRow> value) {
            this.title = title;
            this.value = value;
        }

        public String title() {
            return title;
        }

        /** Ascending; NaN always last so that the worst known cells head a descending sort. */
        public Comparator<BatteryErrorRow> order(boolean descending) {
            if (value == null) {
                Comparator<BatteryErrorRow> byName = Comparator.comparing(BatteryErrorRow::battery,
                        String.CASE_INSENSITIVE_ORDER);
                return descending ? byName.reversed() : byName;
            }
            Comparator<Double> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            return Comparator.comparing((BatteryErrorRow r) -> Double.isNaN(value.applyAsDouble(r)))
                    .thenComparing(r -> value.applyAsDouble(r), numbers);
        }
    }
}
