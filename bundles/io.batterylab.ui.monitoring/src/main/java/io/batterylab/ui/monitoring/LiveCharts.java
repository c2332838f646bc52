package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Channels;
import io.batterylab.detector.threshold.ThresholdSettings;
import io.batterylab.ui.charts.ChartStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The curves of one device in the shared chart style: internal and ambient temperature, the gas channels, each with
 * its threshold as a dashed line, and the status timeline (the node's status against the detectors' verdict). The
 * series are made once; a redraw only gives them new points.
 */
final class LiveCharts {
    /** Channel, legend name, palette index. */
    private record Curve(String channel, String name, int colour) {
    }

    private static final List<Curve> TEMPERATURES = List.of(new Curve(Channels.TEMP_INTERNAL, "Internal", 5),
            new Curve(Channels.TEMP_AMBIENT, "Ambient", 1));
    private static final List<Curve> GASES = List.of(new Curve(Channels.MQ2, "MQ-2", 0),
            new Curve(Channels.MQ4, "MQ-4", 1), new Curve(Channels.MQ8, "MQ-8", 2), new Curve(Channels.MQ7, "MQ-7", 4),
            new Curve(Channels.VOC_INDEX, "VOC index", 6));
    static final String SELECT_A_DEVICE = "Select a device to see its curves";
    static final String NO_DEVICES = "No devices yet: point your nodes at the broker (README, Configuration: mqtt.*), "
            + "then Claim… their ids";
    private static final Map<String, Double> THRESHOLDS = ThresholdSettings.DEVICE_DEFAULTS.byChannel();

    private final Composite root;
    private final Label title;
    private final Chart temperatures;
    private final Chart gases;
    private final Chart timeline;
    private final Map<String, ILineSeries<?>> series = new LinkedHashMap<>();
    private String emptyTitle = SELECT_A_DEVICE;

    LiveCharts(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        // long titles (the no-devices hint, a device's name with the history window) wrap instead of being cut off
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        root.addListener(SWT.Resize, e -> fitTitle());
        SashForm stack = new SashForm(root, SWT.VERTICAL);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        temperatures = chart(stack, "Temperatures", "°C");
        gases = chart(stack, "Gas sensors (dashed: each one's limit)", "ppm · index");
        timeline = chart(stack, "Status (0 normal · 1 warning · 2 danger)", "status");
        stack.setWeights(38, 34, 28);
        for (Curve curve : TEMPERATURES) {
            add(temperatures, curve);
        }
        shareEqualTemperatureLimits();
        for (Curve curve : GASES) {
            add(gases, curve);
            // five channels and five limits do not fit a legend beside a small chart: each limit is its channel's
            // colour, dashed, and the title says so
            series.get(curve.channel() + ".threshold").setVisibleInLegend(false);
        }
        series.put("node", ChartStyle.line(timeline, "node", "Node says", 0, new double[0], new double[0]));
        series.put("model", ChartStyle.line(timeline, "model", "Detectors say", 5, new double[0], new double[0]));
        series.get("model").setLineStyle(LineStyle.DASH);
        timeline.getAxisSet().getYAxis(0).setRange(new Range(-0.3, 2.3));
        for (Chart chart : List.of(temperatures, gases, timeline)) {
            chart.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(18);
        }
    }

    Control control() {
        return root;
    }

    private static Chart chart(Composite parent, String name, String yTitle) {
        Chart chart = ChartStyle.create(parent);
        ChartStyle.titles(chart, name, "time (min)", yTitle);
        return chart;
    }

    private void add(Chart chart, Curve curve) {
        series.put(curve.channel(), ChartStyle.line(chart, curve.channel(), curve.name(), curve.colour(), new double[0],
                new double[0]));
        ILineSeries<?> threshold = ChartStyle.line(chart, curve.channel() + ".threshold", curve.name() + " limit",
                curve.colour(), new double[0], new double[0]);
        threshold.setLineStyle(LineStyle.DASH);
        threshold.setLineWidth(1);
        series.put(curve.channel() + ".threshold", threshold);
    }

    /**
     * The node's default limits for the cell and the ambient air are the same (50 °C): two dashed lines on top of each
     * other would show only the second, so one line is drawn and the legend says it holds for both.
     */
    private void shareEqualTemperatureLimits() {
        Curve internal = TEMPERATURES.get(0);
        Curve ambient = TEMPERATURES.get(1);
        if (THRESHOLDS.get(internal.channel()).equals(THRESHOLDS.get(ambient.channel()))) {
            series.get(internal.channel() + ".threshold").setDescription("Limit (internal and ambient)");
            ILineSeries<?> hidden = series.get(ambient.channel() + ".threshold");
            hidden.setVisible(false);
            hidden.setVisibleInLegend(false);
        }
    }

    /** Draws the trace over [end - span, end]; the title names the device and the window. */
    void draw(String device, LiveTrace trace, Instant end, Duration span, boolean live) {
        long endMs = end.toEpochMilli();
        double from = -span.toMillis() / 60_000.0;
        title.setText(device == null ? emptyTitle
                : device + (live ? " — live, last " : " — history, ") + describe(span)
                        + (live ? "" : " up to " + AlarmTable.TIME.format(end)) + "; x = minutes before "
                        + AlarmTable.TIME.format(end).substring(11));
        fitTitle();
        for (Curve curve : concat()) {
            LiveTrace.Series values = trace.channel(curve.channel(), endMs);
            set(curve.channel(), values.x(), values.y());
            Double limit = THRESHOLDS.get(curve.channel());
            set(curve.channel() + ".threshold", new double[] {from, 0}, new double[] {limit, limit});
        }
        LiveTrace.Series node = trace.status(LiveTrace.Point::deviceStatus, endMs);
        LiveTrace.Series model = trace.status(LiveTrace.Point::modelStatus, endMs);
        set("node", node.x(), node.y());
        set("model", model.x(), model.y());
        for (Chart chart : List.of(temperatures, gases, timeline)) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(from, Math.max(0.05, -from * 0.01)));
            if (chart != timeline) {
                chart.getAxisSet().getYAxis(0).adjustRange();
                Range y = chart.getAxisSet().getYAxis(0).getRange();
                double pad = Math.max(1, (y.upper - y.lower) * 0.05);
                chart.getAxisSet().getYAxis(0).setRange(new Range(y.lower - pad, y.upper + pad));
            }
            chart.redraw();
        }
    }

    /** A wrapping label needs its width as a hint to compute its height: the composite's width less its margins. */
    private void fitTitle() {
        int width = root.getClientArea().width;
        if (width <= 0) {
            return;
        }
        GridLayout layout = (GridLayout) root.getLayout();
        GridData data = (GridData) title.getLayoutData();
        int hint = width - 2 * layout.marginWidth;
        if (data.widthHint != hint || !titleShownWhole()) {
            data.widthHint = hint;
            root.layout(new Control[] {title});
        }
    }

    /** Whether the title's text fits the space it has been given (tests). */
    boolean titleShownWhole() {
        org.eclipse.swt.graphics.Point size = title.getSize();
        return size.x > 0 && title.computeSize(size.x, SWT.DEFAULT).y <= size.y;
    }

    /** What the title says while no device is drawn: how to add one when the user has none. */
    void noDeviceDrawn(boolean userHasDevices) {
        emptyTitle = userHasDevices ? SELECT_A_DEVICE : NO_DEVICES;
    }

    /** The title above the charts. */
    String title() {
        return title.getText();
    }

    /** Points of a channel's curve now shown (tests). */
    int points(String channel) {
        ILineSeries<?> s = series.get(channel);
        return s == null ? 0 : s.getXSeries().length;
    }

    private void set(String id, double[] x, double[] y) {
        ILineSeries<?> s = series.get(id);
        s.setXSeries(x);
        s.setYSeries(y);
    }

    private static List<Curve> concat() {
        return java.util.stream.Stream.concat(TEMPERATURES.stream(), GASES.stream()).toList();
    }

    static String describe(Duration span) {
        long minutes = span.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h";
    }
}
