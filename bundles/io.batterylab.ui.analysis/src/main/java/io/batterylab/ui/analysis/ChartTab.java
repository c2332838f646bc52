package io.batterylab.ui.analysis;

import io.batterylab.ui.charts.ChartStyle;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;

/** A tab of the Analysis area: a row of choices above one chart in the product style. */
abstract class ChartTab extends Composite {
    protected final Composite choices;
    protected final Chart chart;
    protected AnalysisResult result;

    ChartTab(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(this);
        choices = new Composite(this, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
        chart = ChartStyle.create(this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
    }

    protected Combo combo(String label, String[] items, int selected) {
        new Label(choices, SWT.NONE).setText(label);
        Combo combo = new Combo(choices, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> redraw(result));
        return combo;
    }

    /** Draws the result (null: nothing selected yet). */
    public void show(AnalysisResult newResult) {
        this.result = newResult;
        redraw(newResult);
    }

    private void redraw(AnalysisResult r) {
        chart.suspendUpdate(true);
        ChartStyle.clear(chart);
        if (r != null) {
            draw(r);
        }
        chart.suspendUpdate(false);
        ChartStyle.fit(chart);
    }

    protected abstract void draw(AnalysisResult r);

    public Chart chart() {
        return chart;
    }
}
