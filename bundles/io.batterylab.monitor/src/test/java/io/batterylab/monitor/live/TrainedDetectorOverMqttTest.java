package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.detection.model.DetectorModelStore;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.DetectorChoice;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.NodeSimulator;
import io.batterylab.test.support.SharedData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forest detector model a user trained on real recordings runs on that user's device: a runaway replayed through a
 * simulated node over a real Mosquitto is judged by that model and its alarm names it. The model is loaded once for
 * all of the user's devices; another user cannot choose it; deleted, it gives way to the threshold detector, with
 * the reason told.
 */
class TrainedDetectorOverMqttTest {
    /** Replayed, never trained on. */
    private static final String RUNAWAY = "thermal/csv/temp_data_060_exception.csv";

    @TempDir
    Path dir;

    @Test
    void givenAForestTrainedOnRecordings_whenItRunsOnTheUsersDeviceDuringARunaway_thenItsVerdictRaisesTheAlarm()
            throws Exception {
        ForestDetector forest = new ForestDetector();
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        InstalledDetectors installed = new InstalledDetectors(forest);
        DetectorModelStore models = new DetectorModelStore(dir.resolve("data"), installed::find);
        Path segment = NodeSimulator.traceSegment(SharedData.file(RUNAWAY), 650, 790, dir.resolve("segment.csv"));
        try (Database database = Database.open(MonitorDatabases.h2(dir.resolve("home")));
                Mosquitto broker = Mosquitto.start(dir)) {
            long alice = MonitorDatabases.user(database, "alice");
            long bob = MonitorDatabases.user(database, "bob");
            StoredDetectorModel trained = RecordingsForTraining.train(dir, alice, forest, models);
            String choice = DetectorSelection.modelChoice(trained.id());
            var pool = database.dataSource();
            MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool,
                    Clock.systemUTC()), new SampleStore(pool), new AlarmStore(pool)),
                    new DetectorSelection(installed, () -> models), MonitorSettings.DEFAULTS,
                    Clock.systemUTC(), events::add);
            monitor.claim(alice, "cell-60", "runaway cell 60");
            monitor.claim(alice, "cell-61", "second cell");
            monitor.claim(alice, "cell-62", "cell on the untrained detectors");
            monitor.claim(bob, "bob-1", "bob's cell");
            assertTrue(monitor.detectorChoices(alice).contains(new DetectorChoice(choice, "forest model #"
                    + trained.id(), "trained on 9 recordings, " + trained.manifest().created(), true)));
            assertTrue(monitor.detectorChoices(bob).stream().noneMatch(DetectorChoice::trained));
            String bobRefused = assertThrows(IllegalArgumentException.class,
                    () -> monitor.setDetectors(bob, "bob-1", List.of(choice))).getMessage();
            String unknown = assertThrows(IllegalArgumentException.class,
                    () -> monitor.setDetectors(bob, "bob-1", List.of("model:999"))).getMessage();
            assertEquals(unknown.replace("999", "" + trained.id()), bobRefused, "alice's model reads as none to bob");
            assertTrue(monitor.setDetectors(alice, "cell-60", List.of(choice)));
            assertTrue(monitor.setDetectors(alice, "cell-61", List.of(choice)));

            MqttDeviceConnector connector = new MqttDeviceConnector();
            try (monitor; SampleBatcher batcher = new SampleBatcher(monitor, SampleBatcher.Settings.DEFAULTS);
                    DeviceConnector.Connection connection = connector.connect(Map.of("mqtt.uri", broker.uri(),
                    "mqtt.client.id", "monitor-trained"), batcher);
                    NodeSimulator node = NodeSimulator.start(dir.resolve("sim-60.log"), "--port", "" + broker.port(),
                            "--trace", segment.toString(), "--device-id", "cell-60", "--duration", "130")) {
                monitor.sendThrough(connection::sendStatus);
                long deadline = System.nanoTime() + 140_000_000_000L;
                while (monitor.stores().alarms().list(alice, "cell-60", false, 10).isEmpty()) {
                    assertTrue(System.nanoTime() < deadline, "no alarm from the forest: " + node.output());
                    Thread.sleep(250);
                }
                Alarm alarm = monitor.stores().alarms().list(alice, "cell-60", false, 10).getFirst();
                assertEquals(List.of("forest model #" + trained.id()), alarm.detectors());
                assertTrue(alarm.risk() >= 0.5, "the forest votes runaway: risk " + alarm.risk());

                feed(monitor, "cell-61", 0, 2, 25);
                assertEquals(1, monitor.loadedDetectorModels(), "one model in memory for alice's two devices");
            }
            monitor.flush();
            long pk = monitor.stores().devices().find(alice, "cell-60").orElseThrow().id();
            assertTrue(monitor.stores().samples().series(pk, "cell-60", Instant.now().minusSeconds(600),
                    Instant.now(), 100_000).stream().anyMatch(s -> s.modelStatus() == DeviceStatus.DANGER));

            feed(monitor, "cell-62", 0, 70, 25);
            assertTrue(models.delete(alice, trained.id()));
            monitor.dropDeletedModels();
            feed(monitor, "cell-61", 2, 70, 60);
            feed(monitor, "cell-62", 70, 71, 25);
            var lastOf62 = events.stream().filter(e -> e instanceof MonitorEvent.SampleReceived r
                    && r.sample().deviceId().equals("cell-62")).map(e -> ((MonitorEvent.SampleReceived) e).sample())
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(DeviceStatus.NORMAL, lastOf62.modelStatus(), "a device without a model keeps its window");
            List<String> problems = monitor.detectorProblems(alice, "cell-61");
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.getFirst().contains(choice) && problems.getFirst().contains("deleted")
                    && problems.getFirst().contains("threshold detector runs instead"), problems.getFirst());
            assertTrue(monitor.detectorProblems(bob, "cell-61").isEmpty());
            assertEquals(List.of("threshold"), monitor.stores().alarms().list(alice, "cell-61", false, 10)
                    .getFirst().detectors(), "60 °C is over the node's threshold: the fallback alarms");
            assertFalse(monitor.detectorChoices(alice).stream().anyMatch(DetectorChoice::trained));
        }
    }

    private static void feed(MonitorService monitor, String device, int from, int to, double internalC) {
        for (int i = from; i < to; i++) {
            monitor.onSample(new SensorSample(device, 500L * i, Map.of(Channels.TEMP_INTERNAL, internalC,
                    Channels.TEMP_AMBIENT, 25.0), Map.of(), DeviceStatus.NORMAL));
        }
    }
}
