package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.User;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.test.support.Services;
import io.batterylab.ui.analysis.AnalysisLoader;
import io.batterylab.ui.analysis.AnalysisView;
import io.batterylab.ui.charts.ChartInteraction;
import io.batterylab.ui.charts.HeatMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Analysis area in a real SWT window on the real services: three built-in cells selected, every
 * chart and table read back from its widgets and compared with what the services return.
 */
class AnalysisAreaTest {
    private Display display;
    private BatteryService batteries;
    private AnalysisService analysis;
    private User user;

    @BeforeEach
    void setUp() throws Exception {
        display = SwtWindows.display();
        batteries = Services.await(BatteryService.class);
        analysis = Services.await(AnalysisService.class);
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        user = Services.await(UserService.class).register("analyst-" + System.nanoTime(),
                "amber kites drift 93".toCharArray());
    }

    @AfterEach
    void closeShells() {
        SwtWindows.disposeShells(display);
    }

    private AnalysisView openView(Shell shell) {
        shell.setSize(1400, 900);
        shell.setLayout(new FillLayout());
        AnalysisView view = new AnalysisView(shell, filter -> batteries.list(user.id(), filter),
                new AnalysisLoader(batteries, analysis, user.id()));
        shell.open();
        return view;
    }

    private void awaitLoaded(AnalysisView view, int cells) throws InterruptedException {
        assertTrue(SwtWindows.spinUntil(display, () -> !view.isLoading() && view.result() != null
                && view.result().batteries().size() == cells, 60_000), "the analysis loads; status: " + view.status());
    }

    @Test
    void givenThreeCellsWhenAnalysedThenEveryChartAndTableShowsWhatTheServicesComputed() throws Exception {
        AnalysisView view = openView(new Shell(display));
        view.start();
        awaitLoaded(view, 3);
        assertTrue(view.status().startsWith("3 batteries"), "the first run shows three built-in cells: " + view.status());

        List<Battery> all = batteries.list(user.id(), BatteryFilter.all());
        List<Battery> chosen = List.of(all.get(10), all.get(40), all.get(90));
        assertEquals(3, view.browser().select(chosen.stream().map(Battery::name).toList()));
        view.load();
        awaitLoaded(view, 3);
        assertEquals(chosen.stream().map(Battery::id).toList(),
                view.result().batteries().stream().map(Battery::id).toList());
        List<Long> ids = chosen.stream().map(Battery::id).toList();

        view.line().plot("pcl");
        Chart line = view.line().chart();
        assertEquals(3, line.getSeriesSet().getSeries().length, "one line per battery");
        for (Battery b : chosen) {
            List<CycleRecord> rows = batteries.cycles(user.id(), b.id());
            ISeries<?> s = line.getSeriesSet().getSeries("battery-" + b.id());
            assertNotNull(s, "a line for " + b.name());
            assertEquals(b.label(), s.getDescription(), "the legend names the battery");
            List<CycleRecord> withPcl = rows.stream().filter(r -> !Double.isNaN(r.pcl())).toList();
            assertEquals(withPcl.size(), s.getXSeries().length);
            assertEquals(withPcl.get(5).cycle(), s.getXSeries()[5]);
            assertEquals(withPcl.get(5).pcl() * 100, s.getYSeries()[5], 1e-9);
        }
        screenshot(view, 0, "analysis-line.png");
        assertSharedChartBehaviour(line, chosen.get(0));
        String svg = ChartInteraction.of(line).svg();
        assertEquals(3, svg.split("<polyline").length - 1, "the SVG has the three lines");
        Path svgFile = Path.of("target/ui-screenshots/analysis-line.svg");
        Files.writeString(svgFile, svg);

        view.line().plot("ir");
        Battery first = chosen.get(0);
        assertEquals("Internal resistance (ohm)", line.getAxisSet().getYAxis(0).getTitle().getText());
        assertEquals(batteries.cycles(user.id(), first.id()).stream()
                .filter(r -> !Double.isNaN(r.features().valueOrNaN(Feature.IR))).count(),
                line.getSeriesSet().getSeries("battery-" + first.id()).getXSeries().length);

        view.scatter().feature("t_avg");
        Chart scatter = view.scatter().chart();
        assertEquals(3, scatter.getSeriesSet().getSeries().length, "one colour per battery");
        for (Battery b : chosen) {
            long both = batteries.cycles(user.id(), b.id()).stream()
                    .filter(r -> !Double.isNaN(r.features().valueOrNaN(Feature.T_AVG)) && !Double.isNaN(r.rul())).count();
            assertEquals(both, scatter.getSeriesSet().getSeries("battery-" + b.id()).getXSeries().length,
                    "rows with both temperature and RUL, none made up");
            assertEquals("Average temperature (degC)", scatter.getAxisSet().getXAxis(0).getTitle().getText());
        }
        screenshot(view, 1, "analysis-scatter.png");

        assertHistogram(view, ids, 20);
        screenshot(view, 2, "analysis-histogram.png");
        view.histogram().bins(8);
        assertTrue(SwtWindows.spinUntil(display, () -> histogramBars(view).length == 8, 30_000), "rebinned to 8");
        assertHistogram(view, ids, 8);

        CorrelationReport report = analysis.correlations(user.id(), ids);
        HeatMap heatMap = view.heatMap().heatMap();
        assertEquals(10, heatMap.labels().size(), "8 features, RUL and PCL");
        assertHeatMap(heatMap, report.columns(), report.pearson());
        screenshot(view, 3, "analysis-heatmap.png");
        view.heatMap().method("Spearman");
        assertHeatMap(heatMap, report.columns(), report.spearman());
        assertTrue(heatMap.title().startsWith("Spearman"));

        Table correlations = view.correlations().table();
        assertEquals(8, correlations.getItemCount(), "one row per feature");
        var irWithRul = report.withTargets().stream().filter(c -> c.column().equals("ir") && c.against().equals("rul"))
                .findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", irWithRul.pearson()), correlations.getItem(3).getText(1));
        screenshot(view, 4, "analysis-correlations.png");

        Table trends = view.trends().table();
        assertEquals(3, trends.getItemCount());
        for (int i = 0; i < 3; i++) {
            CapacityTrend trend = analysis.trend(user.id(), chosen.get(i).id()).orElseThrow();
            assertEquals(chosen.get(i).label(), trends.getItem(i).getText(0));
            assertEquals(trend.kneeCycle() == null ? "no knee" : trend.kneeCycle().toString(),
                    trends.getItem(i).getText(4));
        }
        screenshot(view, 5, "analysis-trends.png");
    }

    @Test
    void givenAnUploadWithoutSomeFeaturesWhenAnalysedThenTheyAreShownAsMissingNeverAsZero() throws Exception {
        StringBuilder csv = new StringBuilder("battery_id,cycle,ir,rul,pcl\n");
        for (int cycle = 1; cycle <= 6; cycle++) {
            csv.append("my-cell,").append(cycle).append(',').append(0.016 + cycle * 0.0002).append(',').append(6 - cycle)
                    .append(',').append(0.01 * cycle).append('\n');
        }
        Services.await(UploadService.class).upload(user.id(), "mine.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        AnalysisView view = openView(new Shell(display));
        view.start();
        awaitLoaded(view, 3);
        Battery builtIn = batteries.list(user.id(), BatteryFilter.all()).get(0);

        assertEquals(2, view.browser().select(List.of(builtIn.name(), "my-cell")), "uploads are listed with built-in cells");
        view.load();
        awaitLoaded(view, 2);
        view.line().plot("t_avg");
        Battery mine = view.result().batteries().stream().filter(b -> b.name().equals("my-cell")).findFirst().orElseThrow();
        ISeries<?> upload = view.line().chart().getSeriesSet().getSeries("battery-" + mine.id());
        assertEquals(0, upload.getXSeries().length, "no temperature points are made up for the upload");
        assertEquals("my-cell (missing)", upload.getDescription());
        assertTrue(view.line().chart().getTitle().getText().endsWith("missing for 1 of 2 batteries"));

        view.browser().select(List.of("my-cell"));
        view.load();
        awaitLoaded(view, 1);
        HeatMap heatMap = view.heatMap().heatMap();
        int temperature = heatMap.labels().indexOf("Average temperature");
        int ir = heatMap.labels().indexOf("Internal resistance");
        assertTrue(Double.isNaN(heatMap.value(temperature, ir)), "a missing column is missing in the matrix");
        assertEquals("–", HeatMap.cellText(heatMap.value(temperature, ir)));
        assertEquals(1.0, heatMap.value(ir, ir), 1e-12);
        Table correlations = view.correlations().table();
        assertEquals("missing", correlations.getItem(2).getText(1), "average temperature with RUL");
        String fade = analysis.trend(user.id(), mine.id())
                .map(t -> String.format(java.util.Locale.ROOT, "%.3f", t.fadeRatePer100Cycles() * 100)).orElse("missing");
        assertEquals(fade, view.trends().table().getItem(0).getText(1), "the service's fade rate, or missing");
        screenshot(view, 3, "analysis-heatmap-upload.png");
    }

    /** Tooltip with the value under the mouse, wheel zoom, double-click reset, the menu, PNG export. */
    private void assertSharedChartBehaviour(Chart chart, Battery battery) throws Exception {
        ISeries<?> s = chart.getSeriesSet().getSeries("battery-" + battery.id());
        Point p = s.getPixelCoordinates(100);
        String tip = ChartInteraction.valueAt(chart, p.x, p.y);
        assertNotNull(tip, "a tooltip over a point");
        assertTrue(tip.startsWith(battery.label() + ": Cycle = "), tip);

        Control plot = chart.getPlotArea().getControl();
        double fullWidth = width(chart);
        Event wheel = new Event();
        wheel.x = p.x;
        wheel.y = p.y;
        wheel.count = 3;
        plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(width(chart) < fullWidth, "the wheel zooms in");
        plot.notifyListeners(SWT.MouseDoubleClick, new Event());
        assertEquals(fullWidth, width(chart), 1e-9, "a double-click resets the zoom");

        assertEquals(List.of("Reset zoom", "", "Save as PNG…", "Save as SVG…"),
                Arrays.stream(plot.getMenu().getItems()).map(MenuItem::getText).toList());
        Path png = Path.of("target/ui-screenshots/analysis-line-export.png");
        ChartInteraction.of(chart).savePng(png);
        var image = new ImageLoader().load(png.toString())[0];
        assertEquals(chart.getSize().x, image.width, "the PNG is the chart");
    }

    private static double width(Chart chart) {
        var range = chart.getAxisSet().getXAxis(0).getRange();
        return range.upper - range.lower;
    }

    private void assertHistogram(AnalysisView view, List<Long> ids, int bins) {
        ColumnStatistics pcl = analysis.statistics(user.id(), ids, bins).stream().filter(s -> s.column().equals("pcl"))
                .findFirst().orElseThrow();
        double[] counts = histogramBars(view);
        assertEquals(bins, counts.length);
        for (int i = 0; i < bins; i++) {
            assertEquals(pcl.histogram().counts()[i], counts[i], "bin " + i);
        }
        assertEquals(pcl.count(), (long) Arrays.stream(counts).sum(), "every row with a PCL value, once");
    }

    private static double[] histogramBars(AnalysisView view) {
        ISeries<?> bars = view.histogram().chart().getSeriesSet().getSeries("pcl-histogram");
        return bars == null ? new double[0] : bars.getYSeries();
    }

    private static void assertHeatMap(HeatMap heatMap, List<String> columns, double[][] expected) {
        List<String> order = List.of("dq_slope", "dq_intercept", "t_avg", "ir", "charge_time", "dqdv_max", "dqdv_min",
                "dqdv_var", "rul", "pcl");
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                int si = columns.indexOf(order.get(i));
                int sj = columns.indexOf(order.get(j));
                double want = si < 0 || sj < 0 ? Double.NaN : expected[si][sj];
                assertEquals(want, heatMap.value(i, j), 1e-12, order.get(i) + " × " + order.get(j));
            }
        }
        int rul = order.indexOf("rul");
        assertEquals(1.0, heatMap.value(rul, rul), 1e-12, "RUL against itself");
    }

    private void screenshot(AnalysisView view, int tab, String name) throws Exception {
        view.tabs().setSelection(tab);
        SwtWindows.spin(display);
        SwtWindows.saveScreenshot(view.getShell(), name);
    }
}
