package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.test.support.Mosquitto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mqtt.connections}: one monitor subscribes with several clients in one shared group on a real Mosquitto, each
 * parsing its share on its own callback thread; every sample reaches the monitor once.
 */
class MqttConnectionsTest {
    private static final int NODES = 50;
    private static final int SAMPLES = 20;

    @TempDir
    Path dir;

    @Test
    void givenThreeConnections_whenNodesPublish_thenEverySampleArrivesOnceThroughSeveralClients() throws Exception {
        Map<String, AtomicInteger> perSample = new ConcurrentHashMap<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> sent = new CopyOnWriteArrayList<>();
        try (Mosquitto broker = Mosquitto.start(dir)) {
            try (DeviceConnector.Connection monitor = new MqttDeviceConnector().connect(Map.of(MqttSettings.BROKER,
                    broker.uri(), MqttSettings.CLIENT_ID, "monitor", MqttSettings.TOPICS, "btr/+/sensor",
                    MqttSettings.CONNECTIONS, "3"), DeviceConnector.listener(sample -> {
                        threads.add(Thread.currentThread().getName());
                        perSample.computeIfAbsent(sample.deviceId() + "@" + sample.timestampMs(),
                                k -> new AtomicInteger()).incrementAndGet();
                    }, (device, reason) -> {
                    }));
                    MqttClient nodes = new MqttClient(broker.uri(), "nodes", new MemoryPersistence())) {
                MqttConnectOptions options = new MqttConnectOptions();
                options.setMaxInflight(NODES * SAMPLES);
                nodes.connect(options);
                nodes.subscribe("btr/+/statue", 1, (topic, message) -> sent.add(topic));
                for (int t = 0; t < SAMPLES; t++) {
                    for (int n = 0; n < NODES; n++) {
                        nodes.publish("btr/n" + n + "/sensor", payload(1_000L + t * 500L), 1, false);
                    }
                }
                monitor.sendStatus("n7", DeviceStatus.DANGER);
                waitFor(() -> perSample.size() == NODES * SAMPLES && sent.size() == 1);

                assertTrue(monitor.isConnected());
                nodes.disconnect();
            }
        }

        assertEquals(NODES * SAMPLES, perSample.size());
        assertTrue(perSample.values().stream().allMatch(n -> n.get() == 1), "a sample arrived twice");
        assertTrue(threads.size() >= 2, "callback threads: " + threads);
        assertEquals(List.of("btr/n7/statue"), sent);
    }

    @Test
    void givenConnectionsOutOfRange_thenRefusedNamingTheKey() {
        for (String count : new String[] {"0", "17"}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> MqttSettings.from(Map.of(
                    MqttSettings.CONNECTIONS, count))).getMessage().contains(MqttSettings.CONNECTIONS));
        }
    }

    @Test
    void givenSeveralConnectionsWithoutGroup_thenEachClientHasItsOwnIdInTheGroupOfTheClientId() {
        MqttSettings settings = MqttSettings.from(Map.of(MqttSettings.CLIENT_ID, "monitor", MqttSettings.TOPICS,
                "btr/+/sensor", MqttSettings.CONNECTIONS, "2"));

        assertEquals("monitor-2", settings.client(1).clientId());
        assertEquals(List.of("$share/monitor/btr/+/sensor"), settings.client(1).subscriptions());
    }

    private static byte[] payload(long timestampMs) {
        return ("{\"timestamp_ms\":" + timestampMs + ",\"temp_internal_c\":31.5,\"status\":\"NORMAL\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
