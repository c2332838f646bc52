package io.batterylab.ui.analysis;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.ui.browser.BatteryBrowser;
import io.batterylab.ui.status.UiJobs;
import java.util.List;
import java.util.function.Function;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The Analysis area: pick batteries on the left (filter by name, split, policy; several at once), and
 * see them in the line, scatter, histogram and heat-map charts and the correlation and trend tables.
 * Loading runs in a job; a newer selection supersedes an older one still loading.
 */
public class AnalysisView extends Composite {
    /** How many built-in cells the first run selects, so the area shows something at once. */
    static final int FIRST_RUN_CELLS = 3;
    private static final int SELECTION_SETTLE_MS = 250;

    private final AnalysisLoader loader;
    private final BatteryBrowser browser;
    private final Label status;
    private final CTabFolder tabs;
    private final LineChartTab line;
    private final ScatterChartTab scatter;
    private final HistogramTab histogram;
    private final HeatMapTab heatMap;
    private final CorrelationTable correlations;
    private final TrendTable trends;
    private AnalysisResult result;
    private int generation;
    private boolean loading;

    public AnalysisView(Composite parent, Function<BatteryFilter, List<Battery>> lister, AnalysisLoader loader) {
        super(parent, SWT.NONE);
        this.loader = loader;
        setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        Label hint = new Label(left, SWT.WRAP);
        hint.setText("Select batteries (Ctrl or Shift + click for several):");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(4, 4).applyTo(hint);
        browser = new BatteryBrowser(left, lister, SWT.MULTI);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        status = new Label(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(status);
        tabs = new CTabFolder(right, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        line = tab("Line", new LineChartTab(tabs));
        scatter = tab("Scatter", new ScatterChartTab(tabs));
        histogram = tab("Histogram", new HistogramTab(tabs, this::rebin));
        heatMap = tab("Heat map", new HeatMapTab(tabs));
        correlations = new CorrelationTable(tabs);
        tab("Correlations", correlations.table());
        trends = new TrendTable(tabs);
        tab("Trends", trends.table());
        tabs.setSelection(0);
        sash.setWeights(30, 70);
        browser.onSelectionChanged(selected -> selectionChanged());
        show(null);
    }

    private <T extends Control> T tab(String title, T content) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(content);
        return content;
    }

    /** Lists the batteries; on the first run selects a few built-in cells so the charts are not empty. */
    public void start() {
        browser.refresh();
        if (browser.selection().isEmpty()) {
            List<String> firstCells = browser.listed().stream().filter(Battery::isBuiltIn).limit(FIRST_RUN_CELLS)
                    .map(Battery::name).toList();
            browser.select(firstCells);
        }
        load();
    }

    private void selectionChanged() {
        int asked = ++generation;
        // a shift-click range arrives as several selection events: load once they have settled
        getDisplay().timerExec(SELECTION_SETTLE_MS, () -> {
            if (!isDisposed() && asked == generation) {
                load();
            }
        });
    }

    /** Loads the selected batteries now (in a job). */
    public void load() {
        List<Battery> selected = browser.selection();
        int asked = ++generation;
        Job.getJobManager().cancel(this);
        if (selected.isEmpty()) {
            show(null);
            return;
        }
        loading = true;
        status.setText("Loading " + batteries(selected.size()) + "…");
        int bins = histogram.bins();
        UiJobs.schedule(this, "Loading the analysis of " + batteries(selected.size()),
                monitor -> loader.load(selected, bins, monitor::isCanceled), loaded -> {
                    if (asked == generation && loaded != null) {
                        show(loaded);
                    }
                });
    }

    private void rebin(int bins) {
        if (result == null) {
            return;
        }
        AnalysisResult base = result;
        loading = true;
        UiJobs.schedule(this, "Computing the PCL histogram", monitor -> loader.statistics(base.batteries(), bins),
                stats -> {
                    if (result == base) {
                        show(base.withStatistics(stats, bins));
                    }
                });
    }

    private void show(AnalysisResult loaded) {
        result = loaded;
        loading = false;
        status.setText(loaded == null ? "No batteries selected." : batteries(loaded.batteries().size()) + " · "
                + String.format("%,d", loaded.rowCount()) + " cycles · " + loaded.trends().values().stream()
                        .filter(t -> t.kneeCycle() != null).count() + " with a knee");
        line.show(loaded);
        scatter.show(loaded);
        histogram.show(loaded);
        heatMap.show(loaded);
        correlations.show(loaded);
        trends.show(loaded);
        status.getParent().layout(true);
    }

    private static String batteries(int n) {
        return n + (n == 1 ? " battery" : " batteries");
    }

    @Override
    public void dispose() {
        Job.getJobManager().cancel(this);
        super.dispose();
    }

    public boolean isLoading() {
        return loading;
    }

    public AnalysisResult result() {
        return result;
    }

    public BatteryBrowser browser() {
        return browser;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public String status() {
        return status.getText();
    }

    public LineChartTab line() {
        return line;
    }

    public ScatterChartTab scatter() {
        return scatter;
    }

    public HistogramTab histogram() {
        return histogram;
    }

    public HeatMapTab heatMap() {
        return heatMap;
    }

    public CorrelationTable correlations() {
        return correlations;
    }

    public TrendTable trends() {
        return trends;
    }
}
