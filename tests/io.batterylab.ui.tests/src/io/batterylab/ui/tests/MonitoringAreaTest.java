package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.model.User;
import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UserService;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEventForwarder;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.NodeSimulator;
import io.batterylab.test.support.Services;
import io.batterylab.test.support.SharedData;
import io.batterylab.ui.monitoring.DetectorTraining;
import io.batterylab.ui.monitoring.MonitoringServices;
import io.batterylab.ui.monitoring.MonitoringView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.batterylab.ui.monitoring.internal.MonitoringPart;
import io.batterylab.ui.session.UserSession;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Monitoring area live: a real Mosquitto on a free port, the monitor connected to it, and {@code btr-node-sim}
 * replaying the runaway recording (from 40 s before its first alarm) as a node the user claimed. The device row turns
 * DANGER in the detectors' column, a DANGER alarm appears with the banner, the curves have points, and the alarm is
 * acknowledged with the Acknowledge button (the banner goes). "Train detector from recordings…" trains on a real
 * folder with a broken file in it, which is left out with its reason, and stores the model for that user only.
 */
class MonitoringAreaTest {
    private static final String RUNAWAY = "thermal/csv/temp_data_060_exception.csv";
    private static final String NORMAL = "thermal/csv/temp_data_046.csv";
    private static final double SEGMENT_START_S = 650;
    private static final RGB DANGER = new RGB(0xD5, 0x5E, 0x00);

    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    @TempDir
    Path dir;

    @Test
    void givenAUserWithoutDevices_whenTheAreaOpens_thenItSaysHowToAddOne() throws Exception {
        User user = Services.await(UserService.class).register("newcomer-" + System.nanoTime(),
                "amber kites drift 7".toCharArray());
        JobEvents bus = Services.await(JobEvents.class);
        try (MonitorService monitor = monitor(bus)) {
            Shell shell = new Shell(swt.display());
            shell.setText("Monitoring");
            // a small window: the buttons wrap, the hint wraps, nothing is cut off at the right edge
            shell.setSize(1000, 700);
            shell.setLayout(new FillLayout());
            MonitoringView view = new MonitoringView(shell, services(user, monitor, bus));
            shell.open();
            assertTrue(SwtWindows.spinUntil(swt.display(), view::loaded, 30_000), "devices loaded");
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.chartTitle().startsWith("No devices yet"),
                    5_000), view.chartTitle());
            assertTrue(view.chartTitle().contains("Claim"), view.chartTitle());
            assertTrue(SwtWindows.spinUntil(swt.display(), view::shownWhole, 5_000),
                    "buttons, last-correction line and chart title shown whole at 1000 x 700");
            SwtWindows.saveScreenshot(shell, "monitoring-no-devices.png");
        }
    }

    @Test
    void givenAClaimedNodeReplayingARunaway_whenWatched_thenItsRowTurnsDangerAnAlarmIsRaisedAndCanBeAcknowledged()
            throws Exception {
        Path segment = NodeSimulator.traceSegment(SharedData.file(RUNAWAY), SEGMENT_START_S, SEGMENT_START_S + 140,
                dir.resolve("segment.csv"));
        User user = Services.await(UserService.class).register("watcher-" + System.nanoTime(),
                "amber kites drift 7".toCharArray());
        JobEvents bus = Services.await(JobEvents.class);
        MonitorService monitor = monitor(bus);
        String node = "ui-cell-" + Long.toString(System.nanoTime(), 36);
        monitor.claim(user.id(), node, "Rack A cell 60");

        try (Mosquitto broker = Mosquitto.start(dir); monitor;
                DeviceConnector.Connection connection = new MqttDeviceConnector().connect(Map.of("mqtt.uri",
                        broker.uri(), "mqtt.client.id", "ui-monitor-" + node), monitor)) {
            monitor.sendThrough(connection::sendStatus);
            monitor.connectedWhen(connection::isConnected);
            Shell shell = new Shell(swt.display());
            shell.setText("Monitoring");
            shell.setSize(1400, 900);
            shell.setLayout(new FillLayout());
            MonitoringView view = new MonitoringView(shell, services(user, monitor, bus));
            shell.open();
            assertTrue(SwtWindows.spinUntil(swt.display(), view::loaded, 30_000), "devices loaded");
            assertEquals("never", view.cellText(node, 5));
            assertEquals("● Broker connected", view.brokerText());

            try (NodeSimulator sim = NodeSimulator.start(dir.resolve("sim.log"), "--port", "" + broker.port(),
                    "--trace", segment.toString(), "--device-id", node, "--duration", "130")) {
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.device(node)
                        .map(d -> d.modelStatus() == DeviceStatus.DANGER).orElse(false), 110_000),
                        "the detectors' verdict turns DANGER: " + view.device(node) + "\n" + sim.output());
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> openDanger(view).isPresent()
                        && view.bannerShown(), 20_000), "a DANGER alarm with the banner: " + view.alarms());
                SwtWindows.spinUntil(swt.display(), () -> false, 6_000); // the replayed runaway goes on; draw it
                assertEquals(DANGER, view.cellColour(node, 3));
                assertTrue(view.cellText(node, 3).startsWith("DANGER"), view.cellText(node, 3));
                assertTrue(view.bannerText().contains("Rack A cell 60"), view.bannerText());
                int points = view.points(Channels.TEMP_INTERNAL);
                assertTrue(points > 40, "internal temperature points drawn: " + points);
                assertTrue(view.points(Channels.TEMP_AMBIENT) > 40);
                // the two 50 °C limits are one dashed line that says so, not two with only one visible
                assertEquals(List.of("Internal", "Limit (internal and ambient)", "Ambient"), legend(shell, "Temperatures"));
                assertEquals(List.of("MQ-2", "MQ-4", "MQ-8", "MQ-7", "VOC index"),
                        legend(shell, "Gas sensors (dashed: each one's limit)"));
                assertTrue(view.shownWhole(), "buttons, last-correction line and chart title shown whole");
                SwtWindows.saveScreenshot(shell, "monitoring-runaway.png");

                // a longer window is read back from the store; scrolling back leaves live mode
                int live = view.tracePoints();
                SwtClicks.select(view.windowCombo(), "30 min");
                SwtClicks.press(shell, "◀ Earlier"); // before the 30 min have loaded: only the last load counts
                assertFalse(view.live());
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.tracePoints() == 0, 10_000),
                        "15 to 45 min ago the node was not there: " + view.tracePoints());
                SwtClicks.press(shell, "Live");
                assertTrue(view.live());
                // 30 min in at most 2,000 points: buckets of 0.9 s, each the mean of at most two 2 Hz samples
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.tracePoints() >= live / 2, 10_000),
                        "30 min from the store: " + view.tracePoints() + " points, live had " + live + " samples");

                Alarm alarm = openDanger(view).orElseThrow();
                assertTrue(alarm.detectors().contains("rise"), alarm.detectors().toString());
                assertTrue(view.selectAlarm(alarm.id()));
                assertTrue(view.acknowledgeButton().isEnabled());
                SwtClicks.click(view.acknowledgeButton());
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.alarms().stream().anyMatch(a -> a.id()
                        == alarm.id() && a.state() != Alarm.State.RAISED), 20_000), "acknowledged: " + view.alarms());
                assertFalse(view.bannerShown(), "no open DANGER alarm: no banner");
                Alarm stored = monitor.stores().alarms().find(user.id(), alarm.id()).orElseThrow();
                assertEquals(user.id(), stored.acknowledgedBy());
                assertTrue(SwtWindows.spinUntil(swt.display(), () -> sim.output().contains("DANGER_LATCHED"), 20_000),
                        "the node latched the correction: " + sim.output());
            }
        }
    }

    @Test
    void givenAFolderOfRecordingsWithABrokenFile_whenADetectorIsTrained_thenTheModelIsStoredForThatUserOnly()
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("recordings"));
        for (String recording : List.of(RUNAWAY, NORMAL)) { // "_exception" in the name marks the runaway
            Path file = SharedData.file(recording);
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("broken.csv"), "not,a,recording\n");
        UserService users = Services.await(UserService.class);
        User user = users.register("trainer-" + System.nanoTime(), "amber kites drift 7".toCharArray());
        User other = users.register("other-" + System.nanoTime(), "amber kites drift 7".toCharArray());
        DetectorModelService models = Services.await(DetectorModelService.class);
        Shell shell = new Shell(swt.display());
        shell.setLayout(new FillLayout());
        try (MonitorService monitor = monitor(Services.await(JobEvents.class))) {
            MonitoringView view = new MonitoringView(shell, services(user, monitor, Services.await(JobEvents.class)));
            shell.open();

            view.trainDetector(folder, "rise");
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> view.lastTraining() != null, 120_000),
                    "the training job ends (a failure would be in the Error Log)");

            DetectorTraining.Result result = view.lastTraining();
            assertEquals(2, result.summary().recordings());
            assertEquals(1, result.summary().runawayRecordings());
            assertEquals(List.of("broken.csv"), result.leftOut().stream().map(p -> p.file()).toList());
            assertTrue(result.describe().contains("#" + result.model().id()), result.describe());
            assertEquals(List.of(result.model().id()), models.list(user.id()).stream().map(m -> m.id()).toList());
            assertTrue(models.list(other.id()).isEmpty(), "another user does not see it");
        }
    }

    @Test
    void givenThePartInAnE4Context_whenTheMonitorServiceComesAndGoes_thenTheViewReplacesTheOffNoticeAndBack()
            throws Exception {
        User user = Services.await(UserService.class).register("parted-" + System.nanoTime(),
                "amber kites drift 7".toCharArray());
        Shell shell = new Shell(swt.display());
        shell.setLayout(new FillLayout());
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext context = EclipseContextFactory.create("monitoring-part-test");
        context.set(Composite.class, parent);
        context.set(UserSession.class, new UserSession(user));
        context.set(DetectorRegistry.class, Services.await(DetectorRegistry.class));
        context.set(DetectorModelService.class, Services.await(DetectorModelService.class));
        shell.open();
        try (MonitorService monitor = monitor(Services.await(JobEvents.class))) {
            ContextInjectionFactory.make(MonitoringPart.class, context);
            assertTrue(parent.getChildren()[0] instanceof Label off && off.getText().startsWith(
                    "Live monitoring is off. Set mqtt.broker=embedded"), "the off notice");

            context.set(MonitorService.class, monitor);
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> parent.getChildren().length == 1
                    && !(parent.getChildren()[0] instanceof Label), 10_000), "the view, once the monitor is there");
            assertTrue(SwtClicks.button(parent, "Claim…").isEnabled());
            assertTrue(SwtClicks.button(parent, "Train detector from recordings…").isEnabled());

            context.remove(MonitorService.class);
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> parent.getChildren().length == 1
                    && parent.getChildren()[0] instanceof Label, 10_000), "the off notice again");
        } finally {
            context.dispose();
        }
    }

    /** A monitor on the workbench's database and detectors, publishing to the bus. */
    private static MonitorService monitor(JobEvents bus) throws InterruptedException {
        var pool = Services.await(Database.class).dataSource();
        return new MonitorService(new MonitorService.Stores(new DeviceStore(pool, Clock.systemUTC()),
                new SampleStore(pool), new AlarmStore(pool)),
                new DetectorSelection(Services.await(DetectorRegistry.class)), MonitorSettings.DEFAULTS,
                Clock.systemUTC(), new MonitorEventForwarder(() -> bus));
    }

    private static MonitoringServices services(User user, MonitorService monitor, JobEvents bus)
            throws InterruptedException {
        return new MonitoringServices(user.id(), monitor, Services.await(DetectorRegistry.class),
                Services.await(DetectorModelService.class), bus);
    }

    private static Optional<Alarm> openDanger(MonitoringView view) {
        return view.alarms().stream().filter(a -> a.severity() == DeviceStatus.DANGER
                && a.state() == Alarm.State.RAISED).findFirst();
    }

    /** The legend entries of the chart with that title, in order: the descriptions of the series a user can see. */
    private static List<String> legend(Composite root, String title) {
        List<String> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swtchart.Chart chart && title.equals(chart.getTitle().getText())) {
                for (var series : chart.getSeriesSet().getSeries()) {
                    if (series.isVisible() && series.isVisibleInLegend()) {
                        found.add(series.getDescription());
                    }
                }
                return found;
            } else if (child instanceof Composite composite) {
                List<String> inside = legend(composite, title);
                if (!inside.isEmpty()) {
                    return inside;
                }
            }
        }
        return found;
    }
}
