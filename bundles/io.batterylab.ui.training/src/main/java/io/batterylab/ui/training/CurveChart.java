package io.batterylab.ui.training;

import io.batterylab.ui.charts.ChartStyle;
import java.util.List;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/** Curves over epochs (loss, validation loss, a metric) in the product's chart style, one colour per run. */
public final class CurveChart {
    /** One curve: a dashed one is the validation twin of the solid curve of the same colour. */
    public record Curve(String id, double[] x, double[] y, int colourIndex, boolean dashed) {
    }

    private final Chart chart;
    private List<String> shown = List.of();

    public CurveChart(Composite parent, String title, String yTitle) {
        chart = ChartStyle.create(parent);
        ChartStyle.titles(chart, title, "Epoch", yTitle);
        chart.getLegend().setPosition(org.eclipse.swt.SWT.BOTTOM);
        ChartStyle.wholeNumbers(chart, IAxis.Direction.X);
    }

    public Chart chart() {
        return chart;
    }

    /**
     * Shows the curves. SWTChart lays the whole chart out again for every series it creates (text extents, tick
     * steps): a live chart must not rebuild its series a few times a second, so a curve already shown only gets its
     * new points, and an unchanged set of curves costs nothing.
     */
    public void show(List<Curve> curves) {
        List<String> signature = curves.stream().filter(c -> c.x().length > 0).map(c -> c.id() + "#" + c.x().length)
                .toList();
        if (signature.equals(shown)) {
            return;
        }
        shown = signature;
        List<String> ids = curves.stream().filter(c -> c.x().length > 0).map(Curve::id).toList();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (!ids.contains(s.getId())) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
        }
        for (Curve c : curves) {
            if (c.x().length == 0) {
                continue;
            }
            ISeries<?> existing = chart.getSeriesSet().getSeries(c.id());
            if (existing == null) {
                ChartStyle.line(chart, c.id(), c.id(), c.colourIndex(), c.x(), c.y())
                        .setLineStyle(c.dashed() ? LineStyle.DASH : LineStyle.SOLID);
            } else {
                existing.setXSeries(c.x());
                existing.setYSeries(c.y());
            }
        }
        // one epoch so far is a zero-wide range, which fit widens (SWTChart's tick labelling loops long on it)
        ChartStyle.fit(chart);
    }

}
