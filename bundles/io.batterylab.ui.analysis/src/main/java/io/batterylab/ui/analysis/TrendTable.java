package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.model.Battery;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** Fade rate (overall, before and after the knee) and the knee cycle of each selected battery. */
public class TrendTable {
    /** One table row; trend is null for a battery without capacity data. */
    record Row(Battery battery, CapacityTrend trend) {
    }

    private final ResultTable<Row> table;

    public TrendTable(Composite parent) {
        table = new ResultTable<>(parent, Row.class)
                .column("Battery", 170, SWT.LEFT, r -> r.battery().label())
                .column("Fade (%/100 cycles)", 160, SWT.RIGHT, r -> rate(r.trend(), CapacityTrend::fadeRatePer100Cycles))
                .column("Before knee (%/100)", 160, SWT.RIGHT, r -> rate(r.trend(), CapacityTrend::earlyFadeRatePer100Cycles))
                .column("After knee (%/100)", 150, SWT.RIGHT, r -> rate(r.trend(), CapacityTrend::lateFadeRatePer100Cycles))
                .column("Knee cycle", 90, SWT.RIGHT, r -> r.trend() == null ? "missing"
                        : r.trend().kneeCycle() == null ? "no knee" : r.trend().kneeCycle().toString())
                .column("Cycle life", 80, SWT.RIGHT, r -> r.battery().cycleLife() == null ? "unknown"
                        : r.battery().cycleLife().toString());
    }

    private static String rate(CapacityTrend trend, java.util.function.ToDoubleFunction<CapacityTrend> rate) {
        // the service gives fractions per 100 cycles; the table shows percentage points
        return trend == null ? "missing" : AnalysisSeries.format(rate.applyAsDouble(trend) * 100, "%.3f");
    }

    public void show(AnalysisResult result) {
        List<Row> rows = new ArrayList<>();
        if (result != null) {
            result.batteries().forEach(b -> rows.add(new Row(b, result.trends().get(b.id()))));
        }
        table.show(rows);
    }

    public Table table() {
        return table.table();
    }
}
