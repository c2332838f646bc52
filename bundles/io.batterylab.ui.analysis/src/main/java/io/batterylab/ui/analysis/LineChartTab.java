package io.batterylab.ui.analysis;

import io.batterylab.core.model.Battery;
import io.batterylab.ui.charts.ChartStyle;
import io.batterylab.ui.data.ColumnSeries;
import java.util.List;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;

/** Any feature, RUL or PCL against cycle: one line per battery, named in the legend. */
public class LineChartTab extends ChartTab {
    private final List<ColumnSeries> columns = ColumnSeries.all();
    private final Combo column;

    public LineChartTab(Composite parent) {
        super(parent);
        ChartStyle.wholeNumbers(chart, IAxis.Direction.X);
        column = combo("Plot:", columns.stream().map(ColumnSeries::label).toArray(String[]::new), columns.size() - 1);
    }

    @Override
    protected void draw(AnalysisResult r) {
        ColumnSeries c = columns.get(column.getSelectionIndex());
        int missing = 0;
        for (int i = 0; i < r.batteries().size(); i++) {
            Battery b = r.batteries().get(i);
            double[][] points = c.points(r.rows().get(b.id()));
            missing += points[0].length == 0 ? 1 : 0;
            ChartStyle.line(chart, "battery-" + b.id(), b.label() + (points[0].length == 0 ? " (missing)" : ""), i,
                    points[0], points[1]);
        }
        ChartStyle.titles(chart, c.label() + " vs cycle" + (missing == 0 ? "" : " — missing for " + missing + " of "
                + r.batteries().size() + " batteries"), "Cycle", c.axisTitle());
    }

    /** Chooses the plotted column by key (feature key, "rul" or "pcl"). */
    public void plot(String key) {
        column.select(ColumnSeries.indexOf(columns, key));
        show(result);
    }
}
