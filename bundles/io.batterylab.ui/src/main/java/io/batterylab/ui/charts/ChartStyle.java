package io.batterylab.ui.charts;

import java.util.Arrays;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The one chart style of the product: white plot, light dotted grid, a bold title, axis titles with
 * units, the legend on the right, anti-aliased series in the colour-blind-safe {@link ChartPalette},
 * and the shared interaction (tooltip, zoom and reset, Save as PNG/SVG).
 */
public final class ChartStyle {
    private static final double MARGIN = 0.03;
    private static final RGB INK = new RGB(0x20, 0x20, 0x20);
    private static final RGB GRID = new RGB(0xD8, 0xD8, 0xD8);
    private static final PlotSymbolType[] SYMBOLS = { PlotSymbolType.CIRCLE, PlotSymbolType.SQUARE,
            PlotSymbolType.TRIANGLE, PlotSymbolType.DIAMOND, PlotSymbolType.INVERTED_TRIANGLE };

    private ChartStyle() {
    }

    /** A new chart in the product style with the shared interaction installed. */
    public static Chart create(Composite parent) {
        Chart chart = new Chart(parent, SWT.DOUBLE_BUFFERED);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        Color ink = new Color(INK);
        chart.getTitle().setForeground(ink);
        chart.getTitle().setFont(font(chart, SWT.BOLD, 2));
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setBackground(white);
        chart.getLegend().setForeground(ink);
        chart.getLegend().setVisible(true);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(ink);
            axis.getTitle().setFont(font(chart, SWT.NORMAL, 0));
            axis.getTick().setForeground(ink);
            axis.getGrid().setForeground(new Color(GRID));
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        ChartInteraction.install(chart);
        return chart;
    }

    /** Titles of the chart and its axes; axis titles carry their unit, e.g. "PCL (%)". */
    public static void titles(Chart chart, String title, String xTitle, String yTitle) {
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
    }

    /** Removes every series (before drawing new data). */
    public static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }

    /** A line series (no symbols), the index-th colour; legend text is the name. */
    public static ILineSeries<?> line(Chart chart, String id, String name, int index, double[] x, double[] y) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setDescription(name);
        s.setSymbolType(PlotSymbolType.NONE);
        s.setLineColor(new Color(ChartPalette.rgb(index)));
        s.setLineWidth(2);
        // past the palette's end, colours repeat: a dashed line tells the series apart
        s.setLineStyle(index >= ChartPalette.size() ? LineStyle.DASH : LineStyle.SOLID);
        s.setAntialias(SWT.ON);
        s.setXSeries(x);
        s.setYSeries(y);
        return s;
    }

    /** Points only, the index-th colour and a symbol shape that also varies past the palette's end. */
    public static ILineSeries<?> scatter(Chart chart, String id, String name, int index, double[] x, double[] y) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setDescription(name);
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(SYMBOLS[(index / ChartPalette.size()) % SYMBOLS.length]);
        s.setSymbolSize(3);
        s.setSymbolColor(new Color(ChartPalette.rgb(index)));
        s.setAntialias(SWT.ON);
        s.setXSeries(x);
        s.setYSeries(y);
        return s;
    }

    public static IBarSeries<?> bars(Chart chart, String id, String name, int index, double[] x, double[] y) {
        IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        s.setDescription(name);
        s.setBarColor(new Color(ChartPalette.rgb(index)));
        s.setBarPadding(8);
        s.setXSeries(x);
        s.setYSeries(y);
        return s;
    }

    /**
     * Fits the axes to the data with a small margin, so no line runs along the frame and no bar is cut,
     * and repaints (also what "Reset zoom" does). Bars stand on zero.
     */
    public static void fit(Chart chart) {
        chart.getAxisSet().adjustRange();
        double barSpacing = Arrays.stream(chart.getSeriesSet().getSeries()).filter(IBarSeries.class::isInstance)
                .mapToDouble(s -> s.getXSeries().length > 1 ? s.getXSeries()[1] - s.getXSeries()[0] : 0).max().orElse(-1);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            Range r = axis.getRange();
            double pad = (r.upper - r.lower) * MARGIN;
            if (axis.getDirection() == IAxis.Direction.X && barSpacing > 0) {
                axis.setRange(new Range(r.lower - barSpacing / 2, r.upper + barSpacing / 2));
            } else if (axis.getDirection() == IAxis.Direction.Y && barSpacing >= 0) {
                axis.setRange(new Range(Math.min(0, r.lower), r.upper + pad));
            } else if (pad > 0) {
                axis.setRange(new Range(r.lower - pad, r.upper + pad));
            }
        }
        chart.redraw();
    }

    private static Font font(Chart chart, int style, int grow) {
        FontData data = chart.getDisplay().getSystemFont().getFontData()[0];
        Font font = new Font(chart.getDisplay(), data.getName(), data.getHeight() + grow, style);
        chart.addDisposeListener(e -> font.dispose());
        return font;
    }
}
