package io.batterylab.ui.monitoring;

import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.ui.status.UiJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The selected device's curves over a window (5 min to 24 h): read from the store when the device, the window or
 * the time changes, then following the live samples; or scrolled back into the history by half a window at a time
 * (◀ Earlier, Later ▶) until Live. Only the newest load is drawn, so a slow store never shows an old choice.
 */
final class TracePanel {
    private static final int MAX_POINTS = 2_000;
    private static final Duration[] SPANS = {Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
        Duration.ofHours(24)};

    private final MonitoringServices services;
    private final DeviceTable devices;
    private final LiveCharts charts;
    private final Combo span;
    private final Button live;
    private final LiveTrace trace = new LiveTrace();
    /** The end of the window scrolled back to; null while live. */
    private Instant historyEnd;
    /** The device whose samples {@link #trace} holds. */
    private String traced;
    private int loads;

    /** Puts the window controls into {@code controls} and the curves into {@code chartParent}. */
    TracePanel(Composite controls, Composite chartParent, MonitoringServices services, DeviceTable devices) {
        this.services = services;
        this.devices = devices;
        controls.setLayout(new GridLayout(5, false));
        new Label(controls, SWT.NONE).setText("Window:");
        span = new Combo(controls, SWT.READ_ONLY);
        for (Duration d : SPANS) {
            span.add(LiveCharts.describe(d));
        }
        span.select(0);
        span.addListener(SWT.Selection, e -> load());
        button(controls, "◀ Earlier", () -> scroll(-1));
        button(controls, "Later ▶", () -> scroll(1));
        live = button(controls, "Live", () -> {
            historyEnd = null;
            load();
        });
        charts = new LiveCharts(chartParent);
        charts.draw(null, trace, Instant.now(), span(), true);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** The selected device's samples over the window, from the store; live windows then follow the events. */
    void load() {
        Optional<DeviceRow> row = devices.selectedRow();
        live.setEnabled(historyEnd != null);
        if (row.isEmpty()) {
            loads++;
            traced = null;
            trace.replace(List.of());
            charts.draw(null, trace, Instant.now(), span(), true);
            return;
        }
        MonitoredDevice device = row.get().device();
        Duration window = span();
        Instant end = historyEnd == null ? Instant.now() : historyEnd;
        int load = ++loads;
        UiJobs.schedule(span, "Load the curves of " + device.deviceId(), monitor -> services.monitor().stores()
                .samples().series(device.id(), device.deviceId(), end.minus(window), end, MAX_POINTS), samples -> {
                    if (load != loads) {
                        return; // a later load (another device, window or time) has been asked for
                    }
                    traced = device.deviceId();
                    trace.replace(samples);
                    draw();
                });
    }

    private void scroll(int direction) {
        Instant end = historyEnd == null ? Instant.now() : historyEnd;
        Instant moved = end.plus(span().dividedBy(2).multipliedBy(direction));
        historyEnd = moved.isAfter(Instant.now()) ? null : moved;
        load();
    }

    /** Takes a live sample when live and it is of the device drawn. @return whether the curves changed */
    boolean take(LiveEvent.Sample sample) {
        if (historyEnd == null && sample.deviceId().equals(traced)) {
            trace.add(LiveTrace.Point.of(sample));
            return true;
        }
        return false;
    }

    /** Redraws when samples came, or when live (the window moves on even without samples). */
    void redraw(Instant now, boolean samplesCame) {
        if (samplesCame || historyEnd == null && traced != null) {
            trace.trimBefore(now.minus(span()).toEpochMilli());
            draw();
        }
    }

    void noDeviceDrawn(boolean hasDevices) {
        charts.noDeviceDrawn(hasDevices);
    }

    private Duration span() {
        return SPANS[Math.max(0, span.getSelectionIndex())];
    }

    private void draw() {
        Instant end = historyEnd == null ? Instant.now() : historyEnd;
        charts.draw(traced == null ? null : devices.name(traced), trace, end, span(), historyEnd == null);
    }

    Combo windowCombo() {
        return span;
    }

    boolean live() {
        return historyEnd == null;
    }

    int points() {
        return trace.size();
    }

    String title() {
        return charts.title();
    }

    boolean titleShownWhole() {
        return charts.titleShownWhole();
    }

    int points(String channel) {
        return charts.points(channel);
    }
}
