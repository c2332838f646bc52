package io.batterylab.ui.training;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** A line chart of curves over epochs (loss, validation loss, a metric), one colour per run. */
public final class CurveChart {
    /** One curve: a dashed one is the validation twin of the solid curve of the same colour. */
    public record Curve(String id, double[] x, double[] y, int colourIndex, boolean dashed) {
    }

    // Okabe–Ito: distinguishable with the common colour-vision deficiencies
    private static final int[][] PALETTE = { {0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167},
            {86, 180, 233}, {213, 94, 0}, {240, 228, 66}, {0, 0, 0} };

    private final Chart chart;

    public CurveChart(Composite parent, String title, String yTitle) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Epoch");
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getLegend().setPosition(SWT.BOTTOM);
    }

    public Chart chart() {
        return chart;
    }

    public void show(List<Curve> curves) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        Display display = chart.getDisplay();
        for (Curve c : curves) {
            if (c.x().length == 0) {
                continue;
            }
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, c.id());
            series.setXSeries(c.x());
            series.setYSeries(c.y());
            int[] rgb = PALETTE[c.colourIndex() % PALETTE.length];
            series.setLineColor(new Color(display, rgb[0], rgb[1], rgb[2]));
            series.setLineStyle(c.dashed() ? LineStyle.DASH : LineStyle.SOLID);
            series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            series.setAntialias(SWT.ON);
            series.setLineWidth(2);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
