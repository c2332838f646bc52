package io.batterylab.ui.charts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
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
    /** Zooming in stops near this width on whole-number axes (a step zooms to 60 %), so whole ticks stay in view. */
    private static final double MIN_WHOLE_NUMBER_SPAN = 3;
    private static final String WHOLE_NUMBERS = ChartStyle.class.getName() + ".wholeNumbers";
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
        chart.getPlotArea().getControl().addListener(SWT.Resize, e -> wholeNumberSteps(chart));
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
     * Marks the chart's first axis of that direction as one of whole numbers (epoch, cycle, a count of rows): its
     * ticks stay whole as the chart is fitted, zoomed or resized.
     */
    public static void wholeNumbers(Chart chart, IAxis.Direction direction) {
        wholeNumberAxes(chart).add(direction);
        wholeNumberSteps(chart);
    }

    @SuppressWarnings("unchecked")
    private static Set<IAxis.Direction> wholeNumberAxes(Chart chart) {
        Object marked = chart.getData(WHOLE_NUMBERS);
        if (marked == null) {
            marked = EnumSet.noneOf(IAxis.Direction.class);
            chart.setData(WHOLE_NUMBERS, marked);
        }
        return (Set<IAxis.Direction>) marked;
    }

    private static boolean isWholeNumbers(Chart chart, IAxis axis) {
        return axis.getId() == 0 && wholeNumberAxes(chart).contains(axis.getDirection());
    }

    /** False for a whole-number axis already down to a few units: closer in, no whole tick would be left. */
    static boolean zoomsIn(Chart chart, IAxis axis) {
        return !isWholeNumbers(chart, axis) || axis.getRange().upper - axis.getRange().lower > MIN_WHOLE_NUMBER_SPAN;
    }

    /** Gives each whole-number axis a tick step of one or more for its range and length now. */
    static void wholeNumberSteps(Chart chart) {
        Point plot = chart.getPlotArea().getSize();
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            if (isWholeNumbers(chart, axis)) {
                int pixels = axis.getDirection() == IAxis.Direction.X ? plot.x : plot.y;
                int hint = AxisScale.wholeNumberStepHint(axis.getRange().lower, axis.getRange().upper, pixels);
                if (hint != axis.getTick().getTickMarkStepHint()) {
                    axis.getTick().setTickMarkStepHint(hint);
                }
            }
        }
    }

    /**
     * Fits the axes to the data with a small margin, so no line runs along the frame and no bar is cut,
     * and repaints (also what "Reset zoom" does). Bars stand on zero. A single point or a constant series gets a
     * range around its value (SWTChart cannot draw a zero-wide one).
     */
    public static void fit(Chart chart) {
        chart.getAxisSet().adjustRange();
        double barSpacing = Arrays.stream(chart.getSeriesSet().getSeries()).filter(IBarSeries.class::isInstance)
                .mapToDouble(s -> s.getXSeries().length > 1 ? s.getXSeries()[1] - s.getXSeries()[0] : 0).max().orElse(-1);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            Range r = axis.getRange();
            double[] padded = AxisScale.padded(r.lower, r.upper, MARGIN, isWholeNumbers(chart, axis));
            if (axis.getDirection() == IAxis.Direction.X && barSpacing > 0) {
                axis.setRange(new Range(r.lower - barSpacing / 2, r.upper + barSpacing / 2));
            } else if (axis.getDirection() == IAxis.Direction.Y && barSpacing >= 0) {
                axis.setRange(new Range(Math.min(0, r.lower), padded[1]));
            } else {
                axis.setRange(new Range(padded[0], padded[1]));
            }
        }
        wholeNumberSteps(chart);
        chart.redraw();
    }

    private static Font font(Chart chart, int style, int grow) {
        FontData data = chart.getDisplay().getSystemFont().getFontData()[0];
        Font font = new Font(chart.getDisplay(), data.getName(), data.getHeight() + grow, style);
        chart.addDisposeListener(e -> font.dispose());
        return font;
    }
}
