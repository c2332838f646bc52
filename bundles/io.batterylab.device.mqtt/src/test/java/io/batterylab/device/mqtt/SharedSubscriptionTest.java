package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.NodeSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two monitor connections in one shared-subscription group on a real Mosquitto split 100 simulated nodes: every
 * sample reaches exactly one of them (the client-wide callback takes {@code $share} messages, which Paho v3 would not
 * route to a per-subscription listener), and no node's 2 Hz stream has a hole.
 */
class SharedSubscriptionTest {
    private static final int NODES = 100;
    private static final int SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void givenTwoConnectionsInOneSharedGroup_when100NodesPublish_thenEverySampleIsTakenOnceAndNoneIsLost()
            throws Exception {
        Map<String, AtomicInteger> takenBy = new ConcurrentHashMap<>();
        Map<String, List<Long>> timestamps = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perSample = new ConcurrentHashMap<>();
        try (Mosquitto broker = Mosquitto.start(dir)) {
            MqttDeviceConnector connector = new MqttDeviceConnector();
            try (DeviceConnector.Connection a = connector.connect(settings(broker, "monitor-a"),
                    listener("a", takenBy, timestamps, perSample));
                    DeviceConnector.Connection b = connector.connect(settings(broker, "monitor-b"),
                            listener("b", takenBy, timestamps, perSample));
                    NodeSimulator nodes = NodeSimulator.start(dir.resolve("sim.log"), "--port", "" + broker.port(),
                            "--nodes", "" + NODES, "--id-prefix", "load", "--duration", "" + SECONDS, "--quiet",
                            "--qos", "1")) {
                assertTrue(nodes.waitFor(SECONDS + 30), "the simulator did not finish: " + nodes.output());
                Thread.sleep(1_000);
            }
        }

        assertEquals(NODES, timestamps.size(), "nodes seen: " + timestamps.keySet());
        assertTrue(perSample.values().stream().allMatch(n -> n.get() == 1), "a sample was taken twice");
        int total = perSample.size();
        // the simulator connects its 100 clients one after the other and drops what a node samples before its
        // CONNACK (as a device does): the start of each stream is short; loss would show as a hole, checked below
        assertTrue(timestamps.values().stream().allMatch(t -> t.size() >= SECONDS), "samples per node: "
                + timestamps.values().stream().mapToInt(List::size).summaryStatistics());
        assertTrue(takenBy.get("a").get() > total / 5 && takenBy.get("b").get() > total / 5,
                "split: " + takenBy);
        for (Map.Entry<String, List<Long>> node : timestamps.entrySet()) {
            List<Long> times = new ArrayList<>(node.getValue());
            times.sort(null);
            for (int i = 1; i < times.size(); i++) {
                assertTrue(times.get(i) - times.get(i - 1) <= 1_000,
                        node.getKey() + " lost samples between " + times.get(i - 1) + " and " + times.get(i));
            }
        }
    }

    private static Map<String, String> settings(Mosquitto broker, String clientId) {
        return Map.of(MqttSettings.BROKER, broker.uri(), MqttSettings.CLIENT_ID, clientId, MqttSettings.SHARED_GROUP,
                "monitors", MqttSettings.TOPICS, "btr/+/sensor", MqttSettings.QOS, "1");
    }

    private static DeviceConnector.Listener listener(String name, Map<String, AtomicInteger> takenBy,
            Map<String, List<Long>> timestamps, Map<String, AtomicInteger> perSample) {
        takenBy.put(name, new AtomicInteger());
        return DeviceConnector.listener((SensorSample sample) -> {
            takenBy.get(name).incrementAndGet();
            timestamps.computeIfAbsent(sample.deviceId(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(sample.timestampMs());
            perSample.computeIfAbsent(sample.deviceId() + "@" + sample.timestampMs(), k -> new AtomicInteger())
                    .incrementAndGet();
        }, (device, reason) -> {
        });
    }
}
