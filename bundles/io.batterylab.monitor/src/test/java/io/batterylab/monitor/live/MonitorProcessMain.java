package io.batterylab.monitor.live;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.detector.threshold.ThresholdDetector;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.device.mqtt.MqttSettings;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.StoredSample;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageConfig;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One monitor process as a lab runs it beside others: a real {@link MonitorService} on the shared database, connected
 * to the broker in a shared-subscription group. Every sample it processes is written to a log file as
 * {@code device,deviceTimeMs,receivedMs,modelStatus}. It prints {@code READY} once subscribed and stops cleanly
 * (connection, writer, database) on {@code stop} or end of input.
 *
 * <p>Arguments: home, JDBC URL, user, password, broker URI, client id, shared group, log file.
 */
public final class MonitorProcessMain {
    /**
     * The device threshold rule on a window of 4 samples (the product's is 60, 30 s): the test is about who processes
     * a sample, and each process should give verdicts within the few seconds it runs.
     */
    static final DetectorRegistry QUICK_THRESHOLD = new DetectorRegistry() {
        private final Detector threshold = new ThresholdDetector() {
            @Override
            public WindowSpec window() {
                return new WindowSpec(4, 0.5);
            }
        };

        @Override
        public List<Detector> all() {
            return List.of(threshold);
        }

        @Override
        public Optional<Detector> find(String id) {
            return threshold.id().equals(id) ? Optional.of(threshold) : Optional.empty();
        }
    };

    private MonitorProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        StorageConfig config = new StorageConfig(Path.of(args[0]), args[1], args[2], args[3]);
        try (BufferedWriter log = Files.newBufferedWriter(Path.of(args[7]), StandardCharsets.UTF_8);
                Database database = Database.open(config)) {
            var pool = database.dataSource();
            MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool,
                    Clock.systemUTC()), new SampleStore(pool), new AlarmStore(pool)),
                    new DetectorSelection(QUICK_THRESHOLD), MonitorSettings.DEFAULTS,
                    Clock.systemUTC(), event -> {
                        if (event instanceof MonitorEvent.SampleReceived received) {
                            write(log, received.sample());
                        }
                    });
            try (monitor; SampleBatcher batcher = new SampleBatcher(monitor, SampleBatcher.Settings.DEFAULTS);
                    DeviceConnector.Connection connection = new MqttDeviceConnector().connect(Map.of(
                    MqttSettings.BROKER, args[4], MqttSettings.CLIENT_ID, args[5], MqttSettings.SHARED_GROUP, args[6],
                    MqttSettings.TOPICS, "btr/+/sensor", MqttSettings.QOS, "1"), batcher)) {
                monitor.sendThrough(connection::sendStatus);
                System.out.println("READY");
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null && !line.equals("stop")) {
                    // waits for the test to stop it
                }
            }
        }
        System.out.println("STOPPED");
        System.out.flush();
    }

    private static void write(BufferedWriter log, StoredSample sample) {
        synchronized (log) {
            try {
                log.write(sample.deviceId() + "," + sample.deviceTimeMs() + "," + sample.receivedAt().toEpochMilli()
                        + "," + sample.modelStatus() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
