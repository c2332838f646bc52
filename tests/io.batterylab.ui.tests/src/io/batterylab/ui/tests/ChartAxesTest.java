package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.ui.charts.ChartStyle;
import io.batterylab.ui.training.CurveChart;
import io.batterylab.ui.training.CurveChart.Curve;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The product's charts as SWTChart lays them out in a real window: an epoch axis ticks whole epochs only (also after
 * zooming, which stops before no whole epoch is left in view, and resizing), and one point or a constant series still
 * gets axes with width and ticks.
 */
class ChartAxesTest {
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    private Shell window(int width, int height) {
        Shell shell = new Shell(swt.display());
        shell.setSize(width, height);
        shell.setLayout(new FillLayout());
        return shell;
    }

    private CurveChart curves(Shell shell, double[] epochs, double[] loss) {
        CurveChart chart = new CurveChart(shell, "Loss", "Loss (normalised MSE)");
        shell.open();
        chart.show(List.of(new Curve("run #1 loss", epochs, loss, 0, false)));
        SwtWindows.spin(swt.display());
        return chart;
    }

    @Test
    void givenThreeEpochsOnAWideChartWhenShownThenEveryEpochTickIsWhole() throws Exception {
        Shell shell = window(1200, 500);
        CurveChart chart = curves(shell, new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.4});
        assertWholeTicks(chart.chart().getAxisSet().getXAxis(0), 2);
        SwtWindows.saveScreenshot(shell, "chart-three-epochs.png");
    }

    @Test
    void givenOneEpochWhenShownThenBothAxesHaveWidthAndTheEpochIsATick() throws Exception {
        CurveChart chart = curves(window(900, 400), new double[] {1}, new double[] {0.7});
        IAxis x = chart.chart().getAxisSet().getXAxis(0);
        IAxis y = chart.chart().getAxisSet().getYAxis(0);
        assertTrue(x.getRange().upper > x.getRange().lower, "epoch range " + text(x.getRange()));
        assertTrue(y.getRange().upper > y.getRange().lower, "loss range " + text(y.getRange()));
        assertWholeTicks(x, 1);
        assertTrue(Arrays.stream(x.getTick().getTickLabelValues()).anyMatch(t -> t == 1), "epoch 1 is ticked");
        assertTrue(y.getTick().getTickLabelValues().length > 0, "the loss axis has ticks");
    }

    @Test
    void givenAConstantSeriesWhenFittedThenItsValueAxisHasWidthAndTicks() {
        Shell shell = window(900, 400);
        Chart chart = ChartStyle.create(shell);
        shell.open();
        ChartStyle.line(chart, "flat", "flat", 0, new double[] {10, 20, 30}, new double[] {0.25, 0.25, 0.25});
        ChartStyle.fit(chart);
        SwtWindows.spin(swt.display());
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        assertTrue(y.lower < 0.25 && y.upper > 0.25, "the constant lies inside " + text(y));
        assertTrue(chart.getAxisSet().getYAxis(0).getTick().getTickLabelValues().length > 1, "ticks on the value axis");
    }

    @Test
    void givenAnEpochChartWhenZoomedInAndTheWindowShrinksThenTicksStayWhole() throws Exception {
        Shell shell = window(1200, 500);
        double[] epochs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        CurveChart chart = curves(shell, epochs, Arrays.stream(epochs).map(e -> 1 / e).toArray());
        Control plot = chart.chart().getPlotArea().getControl();
        Point size = plot.getSize();
        for (int i = 0; i < 6; i++) {
            Event wheel = new Event();
            wheel.x = size.x / 2;
            wheel.y = size.y / 2;
            wheel.count = 3;
            plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
            SwtWindows.spin(swt.display());
        }
        IAxis x = chart.chart().getAxisSet().getXAxis(0);
        double width = x.getRange().upper - x.getRange().lower;
        assertTrue(width < 6 && width >= 1, "zoomed in, not past one epoch: " + text(x.getRange()));
        assertWholeTicks(x, 1);
        shell.setSize(500, 400);
        SwtWindows.spin(swt.display());
        assertWholeTicks(x, 1);
    }

    private static void assertWholeTicks(IAxis axis, int atLeast) {
        double[] ticks = axis.getTick().getTickLabelValues();
        assertTrue(ticks.length >= atLeast, "ticks " + Arrays.toString(ticks) + " on " + text(axis.getRange()));
        for (double t : ticks) {
            assertTrue(Math.abs(t - Math.rint(t)) < 1e-9, "tick " + t + " of " + Arrays.toString(ticks) + " is whole");
        }
    }

    private static String text(Range r) {
        return r.lower + ".." + r.upper;
    }
}
