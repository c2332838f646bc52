package io.batterylab.ui.testing;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * The four charts of a test result: predicted vs true over cycle and the residuals over cycle (both of the cell
 * chosen), the residual histogram of that cell, and the RMSE of every cell as bars.
 */
final class ResultCharts extends Composite {
    static final String TRUTH = "true";
    static final String PREDICTED = "predicted";
    static final String RESIDUAL = "residual";
    static final String HISTOGRAM = "residual histogram";
    static final String ERRORS = "RMSE per cell";
    private static final int BINS = 30;
    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies
    private static final Color BLUE = new Color(0, 114, 178);
    private static final Color ORANGE = new Color(230, 159, 0);
    private static final Color VERMILLION = new Color(213, 94, 0);
    private static final Color GREEN = new Color(0, 158, 115);

    private final Chart curve;
    private final Chart residual;
    private final Chart histogram;
    private final Chart errors;

    ResultCharts(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, true));
        curve = chart("Predicted vs true");
        residual = chart("Residual over cycle");
        histogram = chart("Residual histogram");
        errors = chart("Error per cell");
    }

    private Chart chart(String title) {
        Chart chart = new Chart(this, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(title);
        chart.getLegend().setPosition(SWT.BOTTOM);
        return chart;
    }

    /** Curves of one cell, values in the target's display units. */
    void showCell(String cell, TargetScale scale, CurvePoints points) {
        curve.getTitle().setText("Predicted vs true — " + cell);
        titles(curve, "Cycle", scale.axisTitle());
        line(curve, TRUTH, points.cycles(), points.truth(), BLUE, LineStyle.SOLID);
        line(curve, PREDICTED, points.cycles(), points.predicted(), ORANGE, LineStyle.DASH);
        residual.getTitle().setText("Residual over cycle — " + cell);
        titles(residual, "Cycle", "Residual (" + scale.unit() + ")");
        ILineSeries<?> dots = line(residual, RESIDUAL, points.cycles(), points.residuals(), VERMILLION, LineStyle.NONE);
        dots.setSymbolType(PlotSymbolType.CIRCLE);
        dots.setSymbolSize(2);
        dots.setSymbolColor(VERMILLION);
        Histogram h = Histogram.of(points.residuals(), BINS);
        histogram.getTitle().setText("Residual histogram — " + cell);
        titles(histogram, "Residual = predicted − true (" + scale.unit() + ")", "Rows");
        bars(histogram, HISTOGRAM, h.centers(), h.counts(), GREEN, null);
        histogram.getLegend().setVisible(false);
        adjust(curve, residual, histogram);
    }

    /** One bar per cell: its RMSE, in the order of the table. */
    void showErrors(TargetScale scale, List<BatteryErrorRow> rows) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = i;
            y[i] = Double.isFinite(rows.get(i).rmse()) ? rows.get(i).rmse() : 0;
            names[i] = rows.get(i).battery();
        }
        titles(errors, "Cell", "RMSE (" + scale.unit() + ")");
        bars(errors, ERRORS, x, y, BLUE, names);
        errors.getLegend().setVisible(false);
        adjust(errors);
    }

    private static void titles(Chart chart, String x, String y) {
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
    }

    private static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y, Color color, LineStyle style) {
        remove(chart, id);
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(color);
        series.setLineStyle(style);
        series.setLineWidth(2);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
        return series;
    }

    private static void bars(Chart chart, String id, double[] x, double[] y, Color color, String[] categories) {
        remove(chart, id);
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        xAxis.enableCategory(categories != null);
        if (categories != null) {
            xAxis.setCategorySeries(categories);
        }
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        if (categories == null) {
            series.setXSeries(x);
        }
        series.setYSeries(y);
        series.setBarColor(color);
        series.setBarPadding(categories == null ? 5 : 20);
    }

    private static void remove(Chart chart, String id) {
        if (chart.getSeriesSet().getSeries(id) != null) {
            chart.getSeriesSet().deleteSeries(id);
        }
    }

    private static void adjust(Chart... charts) {
        for (Chart c : charts) {
            c.getAxisSet().adjustRange();
            c.redraw();
        }
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
