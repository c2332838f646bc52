package io.batterylab.benchmarks.monitor;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.device.mqtt.MqttSettings;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorConfig;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The monitor under load, in a process of its own: trains the forest and the LSTM on the thermal recordings, opens
 * the embedded store, claims {@code nodes} ids ({@link LoadGenerator#deviceId}) with the threshold, forest and LSTM
 * detectors, and subscribes to the broker. Each processed sample's latency is the time from its {@code timestamp_ms}
 * (the generator's clock at publishing) to its verdict. Commands on standard input: {@code mark} (zero the latencies),
 * {@code report}, {@code stop}. {@code -Dbenchmark.monitorConnections=N} subscribes with N MQTT connections
 * ({@code mqtt.connections}: one shared-subscription group) instead of one. Each report also gives the latency's stages
 * ({@link StageLatencies}).
 *
 * <p>Arguments: home, broker URI, nodes, recordings folder, LSTM epochs.
 */
public final class MonitorLoadMain {
    private MonitorLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        TrainedDetectors detectors = TrainedDetectors.train(Path.of(args[3]), Integer.parseInt(args[4]));
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        LatencyHistogram latencies = new LatencyHistogram();
        StageLatencies stages = new StageLatencies();
        int connections = Integer.getInteger("benchmark.monitorConnections", 1);
        LongAdder processed = new LongAdder();
        LongAdder withVerdict = new LongAdder();
        LongAdder alarms = new LongAdder();
        LongAdder corrections = new LongAdder();
        try (Database database = Database.open(StorageConfig.embedded(Path.of(args[0])))) {
            var pool = database.dataSource();
            long lab = new JdbcUserService(pool, new PasswordHasher(4)).register("lab",
                    "long enough password".toCharArray()).id();
            DeviceStore devices = new DeviceStore(pool, Clock.systemUTC());
            for (int i = 0; i < nodes; i++) {
                devices.claim(lab, LoadGenerator.deviceId(i), "cell " + i, detectors.ids());
            }
            // the product's settings (monitor.workers, monitor.hop.*, monitor.store.*) from system properties, as
            // the product
            MonitorConfig config = MonitorConfig.load(Path.of(args[0]));
            MonitorService monitor = new MonitorService(new MonitorService.Stores(devices, new SampleStore(pool),
                    new AlarmStore(pool)), new DetectorSelection(detectors), MonitorSettings.DEFAULTS.withHops(
                    config.hops()).withBlocks(config.blocks()), Clock.systemUTC(), event -> {
                        if (event instanceof MonitorEvent.SampleReceived received) {
                            latencies.record(System.currentTimeMillis() - received.sample().deviceTimeMs());
                            stages.verdict();
                            processed.increment();
                            if (received.sample().modelStatus() != null) {
                                withVerdict.increment();
                            }
                        } else if (event instanceof MonitorEvent.AlarmChanged) {
                            alarms.increment();
                        } else if (event instanceof MonitorEvent.CorrectionSent) {
                            corrections.increment();
                        }
                    });
            try (monitor; SampleBatcher batcher = new SampleBatcher(monitor,
                    SampleBatcher.Settings.DEFAULTS.withWorkers(config.workers()), stages);
                    DeviceConnector.Connection connection = new MqttDeviceConnector().connect(Map.of(
                    MqttSettings.BROKER, args[1], MqttSettings.CLIENT_ID, "monitor-under-load", MqttSettings.TOPICS,
                    "btr/+/sensor", MqttSettings.QOS, "1", MqttSettings.CONNECTIONS, "" + connections),
                    stages.arrived(batcher))) {
                monitor.sendThrough(connection::sendStatus);
                System.out.printf("READY trained in %.1f s, %d devices claimed, %d workers, hops %s, %d MQTT "
                        + "connections%n", trainSeconds, nodes, config.workers(), config.hops(), connections);
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null && !line.equals("stop")) {
                    if (line.equals("mark")) {
                        latencies.reset();
                        stages.reset();
                    }
                    System.out.printf("%s processed=%d verdicts=%d alarms=%d corrections=%d written=%d backlog=%d "
                            + "p50=%d p99=%d max=%d %s%n", line.toUpperCase(java.util.Locale.ROOT), processed.sum(),
                            withVerdict.sum(), alarms.sum(), corrections.sum(),
                            monitor.samplesWritten(), monitor.samplesQueued(), latencies.percentile(0.5),
                            latencies.percentile(0.99), latencies.percentile(1.0), stages.report());
                    System.out.flush();
                }
            }
        }
    }
}
