package io.batterylab.ui.training;

import io.batterylab.ui.charts.ChartStyle;
import java.util.List;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;

/** Curves over epochs (loss, validation loss, a metric) in the product's chart style, one colour per run. */
public final class CurveChart {
    /** One curve: a dashed one is the validation twin of the solid curve of the same colour. */
    public record Curve(String id, double[] x, double[] y, int colourIndex, boolean dashed) {
    }

    private final Chart chart;

    public CurveChart(Composite parent, String title, String yTitle) {
        chart = ChartStyle.create(parent);
        ChartStyle.titles(chart, title, "Epoch", yTitle);
        chart.getLegend().setPosition(org.eclipse.swt.SWT.BOTTOM);
    }

    public Chart chart() {
        return chart;
    }

    public void show(List<Curve> curves) {
        ChartStyle.clear(chart);
        for (Curve c : curves) {
            if (c.x().length > 0) {
                ChartStyle.line(chart, c.id(), c.id(), c.colourIndex(), c.x(), c.y())
                        .setLineStyle(c.dashed() ? LineStyle.DASH : LineStyle.SOLID);
            }
        }
        ChartStyle.fit(chart);
    }

    /** Curves of one run's epochs, for places that show a single run (e.g. a model version's training). */
    public static List<Curve> of(String name, int colour, double[] epochs, double[] loss, double[] validationLoss) {
        return List.of(new Curve(name + " loss", epochs, loss, colour, false),
                new Curve(name + " validation loss", epochs, validationLoss, colour, true));
    }

    static Display display(Chart chart) {
        return chart.getDisplay();
    }
}
