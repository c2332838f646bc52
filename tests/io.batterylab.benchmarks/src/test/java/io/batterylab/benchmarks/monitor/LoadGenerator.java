package io.batterylab.benchmarks.monitor;

import io.batterylab.device.mqtt.MqttSockets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * N simulated nodes at 2 Hz on a few MQTT connections (thousands of {@code btr-node-sim} clients would take the machine
 * themselves): every 10 ms one thread publishes the SPEC §9 payloads of the nodes due in that slot on
 * {@code btr/{id}/sensor}, QoS 0 as the firmware does, with {@code timestamp_ms} the wall clock at publishing and
 * readings that wander a little around a normal cell.
 */
final class LoadGenerator implements AutoCloseable {
    private static final int CONNECTIONS = 4;
    private static final int SLOTS = 50; // 10 ms slots in a node's 500 ms period

    private final List<MqttAsyncClient> clients = new ArrayList<>();
    private final LongAdder published = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile Thread thread;
    private volatile boolean running;

    LoadGenerator(String brokerUri) throws MqttException {
        for (int i = 0; i < CONNECTIONS; i++) {
            MqttAsyncClient client = new MqttAsyncClient(brokerUri, "load-generator-" + i, new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(65_000);
            options.setSocketFactory(MqttSockets.plain()); // as the monitor: no Nagle delay on small publishes
            client.connect(options).waitForCompletion(10_000);
            clients.add(client);
        }
    }

    static String deviceId(int index) {
        return String.format("node-%05d", index);
    }

    /** Starts N nodes publishing (stops those of a previous start first). */
    void start(int nodes) throws InterruptedException {
        stop();
        running = true;
        Thread t = new Thread(() -> run(nodes), "load-generator");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run(int nodes) {
        String[] topicNames = new String[nodes];
        for (int i = 0; i < nodes; i++) {
            topicNames[i] = "btr/" + deviceId(i) + "/sensor";
        }
        long next = System.nanoTime();
        int slot = 0;
        while (running) {
            for (int i = slot; i < nodes; i += SLOTS) {
                try {
                    clients.get(i % CONNECTIONS).publish(topicNames[i], payload(), 0, false);
                    published.increment();
                } catch (MqttException e) {
                    failed.increment();
                }
            }
            slot = (slot + 1) % SLOTS;
            next += 10_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }
    }

    static byte[] payload() {
        return payload(System.currentTimeMillis());
    }

    /** A SPEC §9 payload of a healthy cell (sensor noise as the generator's) taken at {@code timestampMs}. */
    static byte[] payload(long timestampMs) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder json = new StringBuilder(420).append("{\"timestamp_ms\":").append(timestampMs)
                .append(",\"temp_ambient_c\":").append(25 + r.nextInt(-5, 6) / 10.0)
                .append(",\"temp_internal_c\":").append(31 + r.nextInt(-5, 6) / 10.0)
                .append(",\"humidity_percent\":45.2,\"mq2_ppm\":").append(15 + r.nextInt(3))
                .append(",\"mq4_ppm\":12.1,\"mq8_ppm\":8.5,\"mq7_ppm\":22.0,\"voc_index\":").append(95 + r.nextInt(10))
                .append(",\"max30105_smoke\":120,\"max30105_temp_c\":33.5,\"thresholds\":{\"temp_ambient_c\":50.0,"
                        + "\"temp_internal_c\":50.0,\"humidity_percent\":80.0,\"mq2_ppm\":200.0,\"mq4_ppm\":250.0,"
                        + "\"mq8_ppm\":450.0,\"mq7_ppm\":750.0,\"voc_index\":200.0,\"max30105_smoke\":750,"
                        + "\"max30105_temp_c\":50.0},\"status\":\"NORMAL\"}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    long published() {
        return published.sum();
    }

    long failed() {
        return failed.sum();
    }

    void stop() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.join(5_000);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        for (MqttAsyncClient client : clients) {
            client.disconnect().waitForCompletion(5_000);
            client.close();
        }
    }
}
