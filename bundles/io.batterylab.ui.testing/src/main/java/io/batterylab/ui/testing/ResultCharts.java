package io.batterylab.ui.testing;

import io.batterylab.ui.charts.ChartStyle;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/**
 * The four charts of a test result, in the product's chart style: predicted vs true over cycle and the residuals over
 * cycle (both of the cell chosen), the residual histogram of that cell, and the RMSE of every cell as bars.
 */
final class ResultCharts extends Composite {
    static final String TRUTH = "true";
    static final String PREDICTED = "predicted";
    static final String RESIDUAL = "residual";
    static final String HISTOGRAM = "residual histogram";
    static final String ERRORS = "RMSE per cell";
    private static final int BINS = 30;

    private final Chart curve;
    private final Chart residual;
    private final Chart histogram;
    private final Chart errors;

    ResultCharts(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, true));
        curve = chart();
        residual = chart();
        histogram = chart();
        errors = chart();
        // before a job is open the charts say what they will show, not SWTChart's "Chart Title" and "X Axis"
        ChartStyle.titles(curve, "Predicted vs true", "Cycle", "Target");
        ChartStyle.titles(residual, "Residual over cycle", "Cycle", "Residual");
        ChartStyle.titles(histogram, "Residual histogram", "Residual", "Rows");
        ChartStyle.titles(errors, "Error per cell", "Cell", "RMSE");
        ChartStyle.wholeNumbers(curve, IAxis.Direction.X);
        ChartStyle.wholeNumbers(residual, IAxis.Direction.X);
        ChartStyle.wholeNumbers(histogram, IAxis.Direction.Y);
    }

    private Chart chart() {
        Chart chart = ChartStyle.create(this);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return chart;
    }

    /** Curves of one cell, values in the target's display units. */
    void showCell(String cell, TargetScale scale, CurvePoints points) {
        ChartStyle.clear(curve);
        ChartStyle.line(curve, TRUTH, "true", 0, points.cycles(), points.truth());
        ILineSeries<?> predicted = ChartStyle.line(curve, PREDICTED, "predicted", 1, points.cycles(), points.predicted());
        predicted.setLineStyle(LineStyle.DASH);
        ChartStyle.titles(curve, "Predicted vs true — " + cell, "Cycle", scale.axisTitle());
        ChartStyle.clear(residual);
        ChartStyle.scatter(residual, RESIDUAL, "predicted − true", 3, points.cycles(), points.residuals());
        ChartStyle.titles(residual, "Residual over cycle — " + cell, "Cycle", "Residual (" + scale.unit() + ")");
        Histogram h = Histogram.of(points.residuals(), BINS);
        ChartStyle.clear(histogram);
        ChartStyle.bars(histogram, HISTOGRAM, "rows per bin", 2, h.centers(), h.counts());
        ChartStyle.titles(histogram, "Residual histogram — " + cell, "Residual (" + scale.unit() + ")", "Rows");
        // one series per chart: the title says what it is, a legend would only take room
        residual.getLegend().setVisible(false);
        histogram.getLegend().setVisible(false);
        ChartStyle.fit(curve);
        ChartStyle.fit(residual);
        ChartStyle.fit(histogram);
    }

    /** One bar per cell, named on the axis: its RMSE, in the order of the table. */
    void showErrors(TargetScale scale, List<BatteryErrorRow> rows) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = i;
            // a cell with no scored row has no RMSE: SWTChart cannot range a NaN bar, the table beside shows "–"
            y[i] = Double.isFinite(rows.get(i).rmse()) ? rows.get(i).rmse() : 0;
            names[i] = rows.get(i).battery();
        }
        ChartStyle.clear(errors);
        IAxis xAxis = errors.getAxisSet().getXAxis(0);
        xAxis.enableCategory(true);
        xAxis.setCategorySeries(names);
        ChartStyle.bars(errors, ERRORS, "RMSE", 0, x, y);
        ChartStyle.titles(errors, "Error per cell (" + rows.size() + ")", "Cell", "RMSE (" + scale.unit() + ")");
        errors.getLegend().setVisible(false);
        ChartStyle.fit(errors);
    }

    ISeries<?> series(String id) {
        for (Chart c : List.of(curve, residual, histogram, errors)) {
            ISeries<?> s = c.getSeriesSet().getSeries(id);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
