package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.device.mqtt.MqttSettings;
import io.batterylab.monitor.MonitorConfig;
import io.batterylab.monitor.broker.EmbeddedBroker;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * Why {@link MonitorConfig} refuses {@code mqtt.shared.group} and {@code mqtt.connections > 1} with
 * {@code mqtt.broker=embedded}: a client subscribed to {@code $share/{group}/btr/+/sensor} on the embedded Moquette
 * gets no message at all while a plain subscription gets every one. When this test fails, Moquette delivers shared
 * subscriptions and the refusal can go.
 */
class EmbeddedBrokerConnectionsTest {
    private static final int SAMPLES = 20;

    @Test
    void givenASharedGroupOnTheEmbeddedBroker_whenANodePublishes_thenOnlyThePlainSubscriptionGetsTheSamples()
            throws Exception {
        AtomicInteger plain = new AtomicInteger();
        AtomicInteger shared = new AtomicInteger();
        try (EmbeddedBroker broker = EmbeddedBroker.start(new MonitorConfig.Listen("127.0.0.1", 0));
                DeviceConnector.Connection plainMonitor = connect(broker, "plain", Map.of(), plain);
                DeviceConnector.Connection sharedMonitor = connect(broker, "shared",
                        Map.of(MqttSettings.SHARED_GROUP, "monitors"), shared);
                MqttClient node = new MqttClient("tcp://127.0.0.1:" + broker.port(), "node",
                        new MemoryPersistence())) {
            node.connect();
            for (int t = 0; t < SAMPLES; t++) {
                node.publish("btr/n1/sensor", payload(1_000L + t * 500L), 1, false);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (plain.get() < SAMPLES && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(300); // the shared subscriber's copies would have come with the plain one's
            node.disconnect();
        }

        assertEquals(SAMPLES, plain.get(), "samples through the plain subscription");
        assertEquals(0, shared.get(), "the embedded broker now delivers shared subscriptions: "
                + "MonitorConfig need not refuse mqtt.shared.group and mqtt.connections with it any more");
    }

    private static DeviceConnector.Connection connect(EmbeddedBroker broker, String clientId,
            Map<String, String> more, AtomicInteger received) throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(MqttSettings.BROKER,
                "tcp://127.0.0.1:" + broker.port(), MqttSettings.CLIENT_ID, clientId, MqttSettings.TOPICS,
                "btr/+/sensor"));
        settings.putAll(more);
        return new MqttDeviceConnector().connect(settings, DeviceConnector.listener(sample -> received
                .incrementAndGet(), (device, reason) -> {
                }));
    }

    private static byte[] payload(long timestampMs) {
        return ("{\"timestamp_ms\":" + timestampMs + ",\"temp_internal_c\":31.5,\"status\":\"NORMAL\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
