package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.ui.charts.ChartStyle;
import java.util.function.IntConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.IAxis;

/** The PCL distribution over all rows of the selected batteries, with a chosen bin count. */
public class HistogramTab extends ChartTab {
    public static final int DEFAULT_BINS = 20;
    private final Spinner bins;

    /** binsChanged asks for statistics with the new bin count (the service computes them). */
    public HistogramTab(Composite parent, IntConsumer binsChanged) {
        super(parent);
        ChartStyle.wholeNumbers(chart, IAxis.Direction.Y);
        new Label(choices, SWT.NONE).setText("Bins:");
        bins = new Spinner(choices, SWT.BORDER);
        bins.setValues(DEFAULT_BINS, 2, 200, 0, 1, 10);
        bins.addListener(SWT.Selection, e -> binsChanged.accept(bins.getSelection()));
    }

    @Override
    protected void draw(AnalysisResult r) {
        ColumnStatistics pcl = r.statistics("pcl").orElse(null);
        if (pcl == null || pcl.count() == 0) {
            ChartStyle.titles(chart, "PCL distribution — no PCL values in the selected batteries", "PCL (%)", "Rows");
            return;
        }
        double[][] bars = AnalysisSeries.bars(pcl.histogram(), 100);
        ChartStyle.bars(chart, "pcl-histogram", "PCL, " + String.format("%,d", pcl.count()) + " rows", 0, bars[0], bars[1]);
        ChartStyle.titles(chart, "PCL distribution (" + String.format("%,d", pcl.count()) + " rows" + (pcl.missing() == 0 ? ""
                : ", " + pcl.missing() + " without PCL") + ")", "PCL (%)", "Rows");
    }

    public int bins() {
        return bins.getSelection();
    }

    /** Sets the bin count as the user would, asking for new statistics. */
    public void bins(int count) {
        bins.setSelection(count);
        bins.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
