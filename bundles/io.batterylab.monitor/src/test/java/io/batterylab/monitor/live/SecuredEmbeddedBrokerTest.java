package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.MqttDeviceConnector;
import io.batterylab.monitor.MonitorConfig;
import io.batterylab.monitor.broker.BrokerAccess;
import io.batterylab.monitor.broker.EmbeddedBroker;
import io.batterylab.test.support.CollectedSamples;
import io.batterylab.test.support.SecuredBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded Moquette broker with a user and password and a TLS listener, as a lab that opens it to its network
 * configures it: Mosquitto's own client stands for a node (anonymous, wrong and right password, plain and TLS), the
 * monitor's connector logs in with the settings the configuration gives it. Keystore mistakes are refused naming the
 * setting before anything listens.
 */
class SecuredEmbeddedBrokerTest {
    private static final String USER = "lab";
    private static final String PASSWORD = "cell room 7";
    private static final String SAMPLE = "{\"timestamp_ms\":1000,\"temp_internal_c\":31.5,\"temp_ambient_c\":24.0,"
            + "\"status\":\"normal\"}";

    @TempDir
    Path dir;

    @Test
    void givenAUserAndPassword_whenClientsConnect_thenAnonymousAndWrongPasswordsAreRefusedAndTheMonitorLogsIn()
            throws Exception {
        MonitorConfig config = embedded(Map.of("mqtt.embedded.user", USER, "mqtt.embedded.password", PASSWORD));
        try (EmbeddedBroker broker = EmbeddedBroker.start(config.embedded())) {
            CollectedSamples samples = new CollectedSamples();
            try (DeviceConnector.Connection monitor = new MqttDeviceConnector().connect(
                    config.connectorFor(broker.port()), samples)) {
                assertTrue(monitor.isConnected());

                Result anonymous = publish(broker.port(), List.of());
                assertNotEquals(0, anonymous.exit(), "an anonymous node is refused: " + anonymous.output());
                Result wrong = publish(broker.port(), List.of("-u", USER, "-P", "not it"));
                assertNotEquals(0, wrong.exit(), "a wrong password is refused: " + wrong.output());
                assertEquals(0, publish(broker.port(), List.of("-u", USER, "-P", PASSWORD)).exit());

                awaitOne(samples);
            }
            Map<String, String> anonymousMonitor = new HashMap<>(config.connectorFor(broker.port()));
            anonymousMonitor.remove("mqtt.user");
            anonymousMonitor.remove("mqtt.password");
            // Moquette closes the connection right after its refusal, so Paho tells "refused" or "connection lost"
            assertThrows(IOException.class,
                    () -> new MqttDeviceConnector().connect(anonymousMonitor, new CollectedSamples()).close());
        }
    }

    @Test
    void givenAKeystore_whenANodeConnectsOverTlsTrustingTheCa_thenItsSampleReachesTheMonitor() throws Exception {
        SecuredBroker tls = SecuredBroker.create(dir, USER, PASSWORD);
        MonitorConfig config = embedded(Map.of("mqtt.embedded.user", USER, "mqtt.embedded.password", PASSWORD,
                "mqtt.embedded.keystore", tls.serverKeystore().toString(), "mqtt.embedded.keystore.password",
                SecuredBroker.KEYSTORE_PASSWORD, "mqtt.embedded.tls.port", "0"));
        try (EmbeddedBroker broker = EmbeddedBroker.start(config.embedded())) {
            assertTrue(broker.tlsPort() > 0 && broker.tlsPort() != broker.port());
            CollectedSamples samples = new CollectedSamples();
            Map<String, String> overTls = new HashMap<>(config.connectorFor(broker.port()));
            overTls.put("mqtt.uri", "ssl://127.0.0.1:" + broker.tlsPort());
            overTls.put("mqtt.truststore", tls.truststore().toString());
            overTls.put("mqtt.truststore.password", SecuredBroker.TRUSTSTORE_PASSWORD);
            try (DeviceConnector.Connection monitor = new MqttDeviceConnector().connect(overTls, samples)) {
                Result untrusted = publish(broker.tlsPort(), List.of("-u", USER, "-P", PASSWORD, "--cafile",
                        dir.resolve("nobody.pem").toString()));
                assertNotEquals(0, untrusted.exit(), "TLS without the CA fails: " + untrusted.output());
                Result node = publish(broker.tlsPort(), List.of("-u", USER, "-P", PASSWORD, "--cafile",
                        tls.caCertificate().toString()));
                assertEquals(0, node.exit(), node.output());

                awaitOne(samples);
            }
        }
    }

    @Test
    void givenAWrongKeystorePasswordOrNoKey_whenStarting_thenRefusedNamingTheSettings() throws Exception {
        SecuredBroker tls = SecuredBroker.create(dir, USER, PASSWORD);
        var wrongPassword = new BrokerAccess(USER, PASSWORD, false, new BrokerAccess.Tls(0, tls.serverKeystore(),
                "not the keystore password"));
        var noKey = new BrokerAccess(USER, PASSWORD, false, new BrokerAccess.Tls(0, tls.truststore(),
                SecuredBroker.TRUSTSTORE_PASSWORD));
        var missing = new BrokerAccess(USER, PASSWORD, false, new BrokerAccess.Tls(0, dir.resolve("none.p12"),
                "x"));
        for (BrokerAccess access : List.of(wrongPassword, noKey, missing)) {
            IOException refused = assertThrows(IOException.class, () -> EmbeddedBroker.start(
                    new MonitorConfig.Listen("127.0.0.1", 0, access)).close());
            assertTrue(refused.getMessage().contains("mqtt.embedded.keystore, mqtt.embedded.keystore.password")
                    && refused.getMessage().contains(access.tls().keystore().toString()), refused.getMessage());
        }
    }

    private MonitorConfig embedded(Map<String, String> settings) {
        Properties system = new Properties();
        system.setProperty("batterylab.mqtt.broker", "embedded");
        system.setProperty("batterylab.mqtt.embedded.port", "0");
        settings.forEach((key, value) -> system.setProperty("batterylab." + key, value));
        return MonitorConfig.load(dir, system, Map.of());
    }

    private record Result(int exit, String output) {
    }

    /** A node's sample, published by Mosquitto's own client with the given login and TLS options. */
    private static Result publish(int port, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("mosquitto_pub", "-h", "127.0.0.1", "-p", "" + port, "-q",
                "1", "-i", "node-" + System.nanoTime(), "-t", "btr/cell-7/sensor", "-m", SAMPLE));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "mosquitto_pub hangs");
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }

    private static void awaitOne(CollectedSamples collected) throws InterruptedException {
        List<SensorSample> samples = collected.await(1, 10);
        assertEquals(1, samples.size(), "exactly the logged-in node's sample arrives");
        assertEquals("cell-7", samples.getFirst().deviceId());
        assertEquals(31.5, samples.getFirst().channels().get("temp_internal_c"));
    }
}
