package io.batterylab.ui.analysis;

import io.batterylab.core.model.Battery;
import io.batterylab.ui.charts.ChartStyle;
import io.batterylab.ui.data.ColumnSeries;
import java.util.List;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** RUL against a chosen feature, one colour per battery; rows missing either value are left out. */
public class ScatterChartTab extends ChartTab {
    private final List<ColumnSeries> features = ColumnSeries.all().subList(0, ColumnSeries.all().size() - 2);
    private final Combo feature;

    public ScatterChartTab(Composite parent) {
        super(parent);
        feature = combo("Feature:", features.stream().map(ColumnSeries::label).toArray(String[]::new), 3);
    }

    @Override
    protected void draw(AnalysisResult r) {
        ColumnSeries x = features.get(feature.getSelectionIndex());
        ColumnSeries rul = AnalysisSeries.column("rul");
        for (int i = 0; i < r.batteries().size(); i++) {
            Battery b = r.batteries().get(i);
            double[][] points = AnalysisSeries.pairs(r.rows().get(b.id()), x, rul);
            ChartStyle.scatter(chart, "battery-" + b.id(), b.label() + (points[0].length == 0 ? " (missing)" : ""), i,
                    points[0], points[1]);
        }
        ChartStyle.titles(chart, "RUL vs " + x.label(), x.axisTitle(), rul.axisTitle());
    }

    public void feature(String key) {
        feature.select(ColumnSeries.indexOf(features, key));
        show(result);
    }
}
