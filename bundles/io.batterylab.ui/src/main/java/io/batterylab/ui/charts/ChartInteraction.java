package io.batterylab.ui.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/**
 * The shared chart interaction on an SWTChart {@link Chart}: a tooltip with the value under the mouse,
 * wheel zoom about the mouse, double-click or menu "Reset zoom", and "Save as PNG/SVG…" (the SVG is
 * written from the series by {@link ChartSvg}; SWTChart's export bundle is not in the target).
 */
public final class ChartInteraction implements ChartExporter {
    private static final int PICK_RADIUS = 8;
    private final Chart chart;

    private ChartInteraction(Chart chart) {
        this.chart = chart;
    }

    static void install(Chart chart) {
        ChartInteraction interaction = new ChartInteraction(chart);
        chart.setData(ChartExporter.class.getName(), interaction);
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseMove, e -> plot.setToolTipText(interaction.valueAt(e.x, e.y)));
        plot.addListener(SWT.MouseVerticalWheel, e -> interaction.zoom(e, e.count > 0));
        plot.addListener(SWT.MouseDoubleClick, e -> interaction.resetZoom());
        ChartMenu.attach(plot, interaction);
    }

    /** The tooltip text at a point of the chart's plot area (see {@link #valueAt(int, int)}). */
    public static String valueAt(Chart chart, int x, int y) {
        return ((ChartInteraction) of(chart)).valueAt(x, y);
    }

    /** The interaction installed by {@link ChartStyle#create}. */
    public static ChartExporter of(Chart chart) {
        return (ChartExporter) chart.getData(ChartExporter.class.getName());
    }

    /** "series: x = …, y = …" of the point nearest the mouse, or null when none is close. */
    public String valueAt(int mx, int my) {
        String best = null;
        long bestDistance = (long) PICK_RADIUS * PICK_RADIUS + 1;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            double[] xs = s.getXSeries();
            for (int i = 0; i < xs.length; i++) {
                Point p = s.getPixelCoordinates(i);
                long d = (long) (p.x - mx) * (p.x - mx) + (long) (p.y - my) * (p.y - my);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name(s) + ": " + chart.getAxisSet().getXAxis(0).getTitle().getText() + " = "
                            + AxisTicks.label(xs[i]) + ", " + chart.getAxisSet().getYAxis(0).getTitle().getText()
                            + " = " + AxisTicks.label(s.getYSeries()[i]);
                }
            }
        }
        return best;
    }

    private void zoom(Event e, boolean in) {
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            double at = axis.getDataCoordinate(axis.getDirection() == IAxis.Direction.X ? e.x : e.y);
            if (in && !ChartStyle.zoomsIn(chart, axis)) {
                continue;
            }
            if (in) {
                axis.zoomIn(at);
            } else {
                axis.zoomOut(at);
            }
        }
        ChartStyle.wholeNumberSteps(chart);
        chart.redraw();
    }

    @Override
    public void resetZoom() {
        ChartStyle.fit(chart);
    }

    @Override
    public void savePng(Path file) {
        chart.save(file.toString(), SWT.IMAGE_PNG);
    }

    @Override
    public String svg() {
        return ChartSvg.write(picture());
    }

    /** The chart's titles, visible ranges and visible series. */
    public ChartPicture picture() {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        List<ChartPicture.Series> series = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (s.isVisible()) {
                series.add(new ChartPicture.Series(name(s), kind(s), colour(s), s.getXSeries(), s.getYSeries()));
            }
        }
        return new ChartPicture(chart.getTitle().getText(), x.getTitle().getText(), y.getTitle().getText(),
                x.getRange().lower, x.getRange().upper, y.getRange().lower, y.getRange().upper, series);
    }


    private static String name(ISeries<?> s) {
        return s.getDescription() == null ? s.getId() : s.getDescription();
    }

    private static ChartPicture.Kind kind(ISeries<?> s) {
        if (s instanceof IBarSeries<?>) {
            return ChartPicture.Kind.BAR;
        }
        return ((ILineSeries<?>) s).getLineStyle() == LineStyle.NONE ? ChartPicture.Kind.SCATTER
                : ChartPicture.Kind.LINE;
    }

    private static RGB colour(ISeries<?> s) {
        if (s instanceof IBarSeries<?> bar) {
            return bar.getBarColor().getRGB();
        }
        ILineSeries<?> line = (ILineSeries<?>) s;
        return line.getLineStyle() == LineStyle.NONE ? line.getSymbolColor().getRGB() : line.getLineColor().getRGB();
    }
}
