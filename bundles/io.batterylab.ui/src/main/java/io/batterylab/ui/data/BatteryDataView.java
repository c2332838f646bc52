package io.batterylab.ui.data;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.ui.charts.ChartStyle;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;

/**
 * One battery's data: a line chart of the chosen column against cycle, and the statistics table of
 * every column. Missing values are gaps in the chart and counted as missing in the table.
 */
public class BatteryDataView extends Composite {
    static final String SERIES_ID = "selected-column";
    static final String FIT_ID = "fade-fit";
    static final String KNEE_ID = "knee";
    /** Vermillion in the shared palette: the fit and knee stand apart from the measured (blue) curve. */
    private static final int FIT_COLOUR = 3;

    private final List<ColumnSeries> columns = ColumnSeries.all();
    private final Label heading;
    private final Combo columnChoice;
    private final Chart chart;
    private final TableViewer statistics;
    private Battery battery;
    private List<CycleRecord> rows = List.of();
    private CapacityTrend trend;

    public BatteryDataView(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(this);
        heading = new Label(this, SWT.WRAP);
        // a small width hint lets a long heading wrap instead of pushing the column choice away
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        new Label(this, SWT.NONE).setText("Plot:");
        columnChoice = new Combo(this, SWT.READ_ONLY);
        columnChoice.setItems(columns.stream().map(ColumnSeries::label).toArray(String[]::new));
        columnChoice.select(indexOf("pcl"));
        columnChoice.addListener(SWT.Selection, e -> plot());

        SashForm sash = new SashForm(this, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
        chart = ChartStyle.create(sash);
        // one battery, one series: the title says what it is
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Cycle");
        ChartStyle.wholeNumbers(chart, IAxis.Direction.X);
        statistics = createStatisticsTable(sash);
        sash.setWeights(65, 35);
        showNothing();
    }

    private TableViewer createStatisticsTable(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        statColumn(viewer, "Column", 110, s -> s.column());
        statColumn(viewer, "Count", 60, s -> Long.toString(s.count()));
        statColumn(viewer, "Missing", 60, s -> Long.toString(s.missing()));
        statColumn(viewer, "Mean", 90, s -> number(s.mean()));
        statColumn(viewer, "Std", 90, s -> number(s.std()));
        statColumn(viewer, "Min", 90, s -> number(s.min()));
        statColumn(viewer, "Q1", 90, s -> number(s.q1()));
        statColumn(viewer, "Median", 90, s -> number(s.median()));
        statColumn(viewer, "Q3", 90, s -> number(s.q3()));
        statColumn(viewer, "Max", 90, s -> number(s.max()));
        return viewer;
    }

    private static void statColumn(TableViewer viewer, String title, int width, Function<ColumnStatistics, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ColumnStatistics) element);
            }
        });
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format("%.4e", v) : String.format("%.4f", v);
    }

    /** Shows a battery's rows and statistics; the trend, when known, is drawn over the PCL curve. */
    public void show(Battery battery, List<CycleRecord> rows, List<ColumnStatistics> stats, CapacityTrend trend) {
        this.battery = battery;
        this.rows = List.copyOf(rows);
        this.trend = trend;
        statistics.setInput(stats);
        plot();
    }

    public void showNothing() {
        battery = null;
        rows = List.of();
        trend = null;
        statistics.setInput(List.of());
        heading.setText("Select a battery in the Batteries view.");
        plot();
    }

    /** Chooses the plotted column by key (feature key, "rul" or "pcl"). */
    public void plotColumn(String key) {
        columnChoice.select(indexOf(key));
        plot();
    }

    private int indexOf(String key) {
        return ColumnSeries.indexOf(columns, key);
    }

    private void plot() {
        ColumnSeries column = columns.get(Math.max(0, columnChoice.getSelectionIndex()));
        double[][] points = column.points(rows);
        for (String id : List.of(SERIES_ID, FIT_ID, KNEE_ID)) {
            if (chart.getSeriesSet().getSeries(id) != null) {
                chart.getSeriesSet().deleteSeries(id);
            }
        }
        if (battery != null) {
            ChartStyle.line(chart, SERIES_ID, column.label(), 0, points[0], points[1]);
            String missing = points[0].length == 0 ? " — not in this data set" : "";
            heading.setText(battery.name() + " · " + rows.size() + " cycles"
                    + (battery.cycleLife() == null ? "" : " · cycle life " + battery.cycleLife())
                    + (battery.synthetic() ? " · SYNTHETIC data" : "") + trendSummary());
            if (column.key().equals("pcl") && trend != null) {
                overlayTrend();
            }
            heading.setToolTipText(battery.synthetic() ? "Generated by BatteryLab's documented degradation model "
                    + "(sample-data/README.md), not measured." : null);
            chart.getTitle().setText(column.label() + " vs cycle" + missing);
        } else {
            chart.getTitle().setText("");
        }
        chart.getAxisSet().getYAxis(0).getTitle().setText(column.axisTitle());
        ChartStyle.fit(chart);
        layout(true, true);
    }

    /** Fade rate and knee in words, for the heading. */
    private String trendSummary() {
        if (trend == null) {
            return "";
        }
        String fade = String.format(" · fade %.2f %%/100 cycles", trend.fadeRatePer100Cycles() * 100);
        return fade + (trend.kneeCycle() == null ? " · no knee" : " · knee at cycle " + trend.kneeCycle());
    }

    /** The fitted fade curve (dashed) and the knee (a marker) over the measured PCL. */
    private void overlayTrend() {
        ILineSeries<?> fit = ChartStyle.line(chart, FIT_ID, "fitted fade", FIT_COLOUR, trend.cycles(),
                java.util.Arrays.stream(trend.fittedPcl()).map(v -> v * 100).toArray());
        fit.setLineStyle(org.eclipse.swtchart.LineStyle.DASH);
        if (trend.kneeCycle() != null) {
            int knee = trend.kneeCycle();
            double[] y = rows.stream().filter(r -> r.cycle() == knee).mapToDouble(r -> r.pcl() * 100).toArray();
            if (y.length == 1 && !Double.isNaN(y[0])) {
                ILineSeries<?> marker = ChartStyle.scatter(chart, KNEE_ID, "knee", FIT_COLOUR, new double[] { knee }, y);
                marker.setSymbolType(PlotSymbolType.DIAMOND);
                marker.setSymbolSize(7);
            }
        }
    }

    /** The plotted series, for tests and exports. */
    public ISeries<?> plottedSeries() {
        return chart.getSeriesSet().getSeries(SERIES_ID);
    }

    public Chart chart() {
        return chart;
    }

    public int statisticsRowCount() {
        return statistics.getTable().getItemCount();
    }
}
