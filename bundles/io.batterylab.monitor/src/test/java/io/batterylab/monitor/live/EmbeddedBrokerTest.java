package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorConfig;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.StoredSample;
import io.batterylab.monitor.broker.EmbeddedBroker;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.test.support.NodeSimulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mqtt.broker=embedded}: the monitor's own Moquette broker on loopback, a real simulated node publishing to
 * it and the monitor connected to it through the configuration, so a lab needs nothing installed.
 */
class EmbeddedBrokerTest {
    @TempDir
    Path dir;

    @Test
    void givenEmbeddedBroker_whenANodeSimulatorPublishes_thenTheMonitorStoresItsSamplesAndCorrectionsReachIt()
            throws Exception {
        Properties system = new Properties();
        system.setProperty("batterylab.mqtt.broker", "embedded");
        system.setProperty("batterylab.mqtt.embedded.port", "0");
        MonitorConfig config = MonitorConfig.load(dir, system, Map.of());
        try (Database database = Database.open(MonitorDatabases.h2(dir.resolve("home")));
                EmbeddedBroker broker = EmbeddedBroker.start(config.embedded())) {
            assertNotEquals(0, broker.port());
            long alice = MonitorDatabases.user(database, "alice");
            var pool = database.dataSource();
            MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool,
                    Clock.systemUTC()), new SampleStore(pool), new AlarmStore(pool)),
                    new DetectorSelection(new InstalledDetectors()), MonitorSettings.DEFAULTS,
                    Clock.systemUTC(), event -> {
                    });
            monitor.claim(alice, "lab-node", "bench cell");
            Instant start = Instant.now();
            try (monitor; SampleBatcher batcher = new SampleBatcher(monitor, SampleBatcher.Settings.DEFAULTS);
                    DeviceConnector.Connection connection = new MqttDeviceConnector().connect(
                    config.connectorFor(broker.port()), batcher);
                    NodeSimulator node = NodeSimulator.start(dir.resolve("sim.log"), "--port", "" + broker.port(),
                            "--device-id", "lab-node", "--duration", "8")) {
                monitor.sendThrough(connection::sendStatus);
                awaitSamples(monitor, alice, 6);
                assertTrue(monitor.sendStatus(alice, "lab-node", DeviceStatus.DANGER));
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!node.output().contains("[lab-node] status=DANGER") && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertTrue(node.output().contains("[lab-node] status=DANGER"),
                        "the node did not get the status: " + node.output());
                assertTrue(node.waitFor(20), "the simulator did not finish");
            }
            monitor.flush();
            long pk = monitor.stores().devices().find(alice, "lab-node").orElseThrow().id();
            List<StoredSample> series = monitor.stores().samples().series(pk, "lab-node", start, Instant.now(), 1);
            int received = series.isEmpty() ? 0 : series.getFirst().count();
            assertTrue(received >= 12, "about 2 samples a second for 8 s, got " + received);
            assertEquals("tcp://127.0.0.1:" + broker.port(), config.connectorFor(broker.port()).get("mqtt.uri"));
        }
    }

    @Test
    void givenPortInUse_whenStarting_thenRefusedNamingTheSetting() throws Exception {
        try (EmbeddedBroker first = EmbeddedBroker.start(new MonitorConfig.Listen("127.0.0.1", 0))) {
            IOException refused = assertThrows(IOException.class,
                    () -> EmbeddedBroker.start(new MonitorConfig.Listen("127.0.0.1", first.port())).close());
            assertTrue(refused.getMessage().contains("mqtt.embedded.port"), refused.getMessage());
        }
    }

    private static void awaitSamples(MonitorService monitor, long user, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            monitor.flush();
            var device = monitor.stores().devices().find(user, "lab-node").orElseThrow();
            if (device.lastSeen() != null && monitor.stores().samples().series(device.id(), "lab-node",
                    device.createdAt(), Instant.now(), 1).stream().mapToInt(StoredSample::count).sum() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " samples of lab-node within 20 s");
    }
}
