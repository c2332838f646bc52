package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.service.JobEvents;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.ui.status.UiJobs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The Monitoring area: the user's devices (the node's status against the detectors' verdict, last seen, stale),
 * the selected device's curves with thresholds and its status timeline, live or scrolled back in history
 * ({@link TracePanel}), the alarms with Acknowledge, a banner and a beep on a new DANGER, the broker connection, and the device actions
 * (claim, rename, remove, detectors, send status). Live events are queued by the bus's threads and applied at most
 * every {@link #REDRAW_MS} ms on the display thread; every service call runs in a Job.
 */
public final class MonitoringView {
    static final int REDRAW_MS = 500;

    private final MonitoringServices services;
    private final Composite root;
    private final DangerBanner banner;
    private final Label broker;
    private final Label lastCorrection;
    private final DeviceTable devices;
    private final TracePanel trace;
    private final AlarmPanel alarms;
    private final Queue<LiveEvent> queue = new ConcurrentLinkedQueue<>();
    private final JobEvents.Subscription subscription;
    private boolean loaded;
    private final DeviceActions actions;

    public MonitoringView(Composite parent, MonitoringServices services) {
        this.services = services;
        root = new Composite(parent, SWT.NONE);
        actions = new DeviceActions(root, services, this::reload);
        root.setLayout(new GridLayout(1, false));
        banner = new DangerBanner(root);

        // the buttons wrap onto a second line in a narrow window rather than being cut off at the right edge
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginLeft = rows.marginRight = rows.marginTop = rows.marginBottom = 0;
        bar.setLayout(rows);
        broker = new Label(bar, SWT.NONE);
        button(bar, "Claim…", e -> actions.claim());
        button(bar, "Rename…", e -> withDevice(actions::rename));
        button(bar, "Remove…", e -> withDevice(actions::remove));
        button(bar, "Detectors…", e -> withDevice(actions::chooseDetectors));
        button(bar, "Send status…", e -> withDevice(actions::sendStatus));
        button(bar, "Train detector from recordings…", e -> actions.openTraining())
                .setEnabled(services.detectorModels() != null);
        Composite windowControls = new Composite(bar, SWT.NONE);
        // a line of its own under the buttons: "Sent DANGER to <name> (<node id>) automatically at …" is long
        lastCorrection = new Label(root, SWT.NONE);
        lastCorrection.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lastCorrection.setText("No status sent to a device since this view opened.");

        SashForm main = new SashForm(root, SWT.VERTICAL);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(main, SWT.HORIZONTAL);
        devices = new DeviceTable(top);
        trace = new TracePanel(windowControls, top, services, devices);
        devices.control().addListener(SWT.Selection, e -> trace.load());
        top.setWeights(48, 52);
        alarms = new AlarmPanel(main, banner, services, devices::name, deviceId -> {
            devices.select(deviceId);
            trace.load();
        });
        main.setWeights(70, 30);

        subscription = services.events() == null ? null : services.events().subscribe(services.userId(),
                event -> LiveEvent.of(event).ifPresent(queue::add));
        root.addDisposeListener(e -> {
            if (subscription != null) {
                subscription.close();
            }
        });
        showBroker();
        root.getDisplay().timerExec(REDRAW_MS, this::tick);
        reload();
    }

    private Button button(Composite parent, String text, org.eclipse.swt.widgets.Listener action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, action);
        return button;
    }

    /** Loads the devices and the alarms again. */
    public void reload() {
        long user = services.userId();
        UiJobs.schedule(root, "Load your devices and alarms", monitor -> new Loaded(
                services.monitor().stores().devices().list(user),
                services.monitor().stores().alarms().list(user, null, false, AlarmPanel.MAX_ALARMS)), loaded -> {
                    devices.show(loaded.devices().stream().map(d -> DeviceRow.of(d, services.monitor()
                            .detectorProblems(user, d.deviceId()))).toList(), Instant.now());
                    trace.noDeviceDrawn(!loaded.devices().isEmpty());
                    alarms.load(loaded.alarms());
                    if (devices.selected().isEmpty() && !loaded.devices().isEmpty()) {
                        devices.select(loaded.devices().getFirst().deviceId());
                    }
                    this.loaded = true;
                    trace.load();
                });
    }

    private record Loaded(List<MonitoredDevice> devices, List<Alarm> alarms) {
    }

    /** Applies the queued events, at most every {@link #REDRAW_MS} ms. */
    private void tick() {
        if (root.isDisposed()) {
            return;
        }
        Instant now = Instant.now();
        boolean curves = false;
        List<LiveEvent.AlarmChange> alarmChanges = new ArrayList<>();
        String correction = lastCorrection.getText();
        for (LiveEvent event = queue.poll(); event != null; event = queue.poll()) {
            switch (event) {
                case LiveEvent.Sample sample -> {
                    devices.update(sample);
                    curves |= trace.take(sample);
                }
                case LiveEvent.AlarmChange change -> alarmChanges.add(change);
                case LiveEvent.CorrectionSent sent -> lastCorrection.setText("Sent " + sent.command() + " to "
                        + devices.name(sent.deviceId()) + (sent.manual() ? " by hand" : " automatically") + " at "
                        + AlarmTable.TIME.format(sent.at()).substring(11));
            }
        }
        devices.refresh(now);
        showBroker();
        if (!alarmChanges.isEmpty() && alarms.take(alarmChanges)) {
            root.getDisplay().beep();
        }
        trace.redraw(now, curves);
        if (!correction.equals(lastCorrection.getText())) {
            root.layout(new org.eclipse.swt.widgets.Control[] {lastCorrection});
        }
        root.getDisplay().timerExec(REDRAW_MS, this::tick);
    }

    private void showBroker() {
        boolean up = services.monitor().connected();
        String text = up ? "● Broker connected" : "○ Broker NOT connected";
        if (text.equals(broker.getText())) {
            return;
        }
        broker.setText(text);
        broker.setForeground(up ? root.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN)
                : new org.eclipse.swt.graphics.Color(StatusColors.DANGER));
        // the text's width changes with the state: lay the bar out again, and the root if it now wraps differently
        root.layout(new org.eclipse.swt.widgets.Control[] {broker});
    }

    private void withDevice(Consumer<DeviceRow> action) {
        Optional<DeviceRow> row = devices.selectedRow();
        if (row.isEmpty()) {
            MessageDialog.openInformation(root.getShell(), "No device selected", "Select a device in the table first.");
            return;
        }
        action.accept(row.get());
    }

    /** Sends a status to one of the user's devices in a Job (the Send status… action after its dialog). */
    public void send(String deviceId, DeviceStatus status) {
        actions.send(deviceId, status);
    }

    /** Trains the detector on the folder's recordings in a Job and stores the model as the user's. */
    public void trainDetector(Path folder, String detectorId) {
        actions.trainDetector(folder, detectorId);
    }

    /** The last training this view ran, null before one. */
    public DetectorTraining.Result lastTraining() {
        return actions.lastTraining();
    }

    // what tests and the part look at

    public Composite control() {
        return root;
    }

    public boolean loaded() {
        return loaded;
    }

    public Optional<DeviceRow> device(String deviceId) {
        return devices.row(deviceId);
    }

    public Table deviceTable() {
        return devices.control();
    }

    /** The colour of a cell of a device's row (2: the node's status, 3: the detectors'), null when none. */
    public org.eclipse.swt.graphics.RGB cellColour(String deviceId, int column) {
        return devices.item(deviceId).map(i -> i.getBackground(column)).map(c -> c.getRGB()).orElse(null);
    }

    public String cellText(String deviceId, int column) {
        return devices.item(deviceId).map(i -> i.getText(column)).orElse(null);
    }

    public boolean selectDevice(String deviceId) {
        boolean found = devices.select(deviceId);
        trace.load();
        return found;
    }

    public List<Alarm> alarms() {
        return alarms.alarms();
    }

    public boolean selectAlarm(long alarmId) {
        return alarms.select(alarmId);
    }

    public Combo windowCombo() {
        return trace.windowCombo();
    }

    /** Whether the charts follow the events (false while scrolled back into the history). */
    public boolean live() {
        return trace.live();
    }

    /** The samples now held for the charts (from the store, then the events). */
    public int tracePoints() {
        return trace.points();
    }

    public Button acknowledgeButton() {
        return alarms.acknowledgeButton();
    }

    public boolean bannerShown() {
        return banner.visible();
    }

    public String bannerText() {
        return banner.text();
    }

    public String brokerText() {
        return broker.getText();
    }

    /**
     * Whether every control of the button bar, the last-correction line and the chart title are shown whole inside
     * the view at its present size (nothing cut off at an edge).
     */
    public boolean shownWhole() {
        org.eclipse.swt.graphics.Rectangle area = root.getClientArea();
        Composite bar = broker.getParent();
        for (org.eclipse.swt.widgets.Control c : bar.getChildren()) {
            org.eclipse.swt.graphics.Rectangle b = c.getBounds();
            org.eclipse.swt.graphics.Point want = c.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (b.x + b.width > bar.getClientArea().width || b.width < want.x || b.height < want.y) {
                return false;
            }
        }
        org.eclipse.swt.graphics.Rectangle barBounds = bar.getBounds();
        org.eclipse.swt.graphics.Rectangle line = lastCorrection.getBounds();
        return barBounds.x + barBounds.width <= area.width && line.width >= Math.min(area.width - 2 * line.x,
                lastCorrection.computeSize(SWT.DEFAULT, SWT.DEFAULT).x) && trace.titleShownWhole();
    }

    /** The title above the curves (the device and window, or what to do when none is drawn). */
    public String chartTitle() {
        return trace.title();
    }

    /** Points of a channel's curve now drawn. */
    public int points(String channel) {
        return trace.points(channel);
    }

    public int alarmLoads() {
        return alarms.loads();
    }

    public void setFocus() {
        devices.control().setFocus();
    }

    Display display() {
        return root.getDisplay();
    }
}
