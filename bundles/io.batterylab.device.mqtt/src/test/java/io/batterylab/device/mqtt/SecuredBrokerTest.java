package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.test.support.CollectedSamples;
import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.SecuredBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector against a real Mosquitto that speaks TLS only (a certificate signed by a CA the test made) and
 * knows one user from a {@code mosquitto_passwd} file: with the CA as a PKCS12 truststore or as PEM and the right
 * password it connects over {@code ssl://} and receives a node's sample; a wrong password is refused with a message
 * naming the broker and the reason, quickly and without leaving client threads behind; without the CA the TLS
 * handshake failure is told as such.
 */
class SecuredBrokerTest {
    private static final String USER = "monitor";
    private static final String PASSWORD = "correct horse 42";

    @TempDir
    Path dir;

    @Test
    void givenTheRightPasswordAndTheBrokersCa_whenConnectedOverSsl_thenANodesSampleArrives() throws Exception {
        try (Mosquitto broker = Mosquitto.startSecured(dir, USER, PASSWORD)) {
            SecuredBroker tls = broker.tls();
            for (Path truststore : List.of(tls.truststore(), tls.caCertificate())) {
                CollectedSamples collected = new CollectedSamples();
                try (DeviceConnector.Connection connection = new MqttDeviceConnector().connect(settings(broker,
                        PASSWORD, truststore), collected)) {
                    assertTrue(connection.isConnected());
                    publish(broker, "btr/cell-7/sensor", "{\"timestamp_ms\":1000,\"temp_internal_c\":31.5,"
                            + "\"temp_ambient_c\":24.0,\"status\":\"normal\"}");
                    List<SensorSample> samples = collected.await(1, 10);
                    assertEquals(1, samples.size(), "trusting " + truststore);
                    assertEquals("cell-7", samples.getFirst().deviceId());
                    assertEquals(31.5, samples.getFirst().channels().get("temp_internal_c"));
                    connection.sendStatus("cell-7", io.batterylab.core.plugin.DeviceStatus.DANGER);
                }
            }
        }
    }

    @Test
    void givenAWrongPassword_whenConnecting_thenRefusedNamingTheBrokerAndTheReasonWithNoThreadsLeft()
            throws Exception {
        try (Mosquitto broker = Mosquitto.startSecured(dir, USER, PASSWORD)) {
            int threadsBefore = pahoThreads();
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                IOException refused = assertThrows(IOException.class, () -> new MqttDeviceConnector().connect(
                        settings(broker, "not the password", broker.tls().truststore()), new CollectedSamples()));

                assertInstanceOf(BrokerRefusedException.class, refused, refused.getMessage());
                String message = refused.getMessage();
                assertTrue(message.contains(broker.uri()) && message.contains("refused user 'monitor'")
                        && message.contains("mqtt.password"), message);
                assertFalse(message.contains("not the password"), "the password is never told: " + message);
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15), "refused quickly");
            }
            Thread.sleep(500);
            assertTrue(pahoThreads() <= threadsBefore, "client threads left behind: " + pahoThreads());
        }
    }

    @Test
    void givenNoTruststore_whenTheBrokersCaIsUnknown_thenTheTlsFailureIsToldNamingTheSetting() throws Exception {
        try (Mosquitto broker = Mosquitto.startSecured(dir, USER, PASSWORD)) {
            IOException failed = assertThrows(IOException.class, () -> new MqttDeviceConnector().connect(
                    settings(broker, PASSWORD, null), new CollectedSamples()));

            assertTrue(failed.getMessage().contains(broker.uri()) && failed.getMessage().contains("TLS handshake")
                    && failed.getMessage().contains("mqtt.truststore"), failed.getMessage());
        }
    }

    private static Map<String, String> settings(Mosquitto broker, String password, Path truststore) {
        Map<String, String> settings = new HashMap<>(Map.of("mqtt.uri", broker.uri(), "mqtt.client.id",
                "secured-" + System.nanoTime(), "mqtt.user", USER, "mqtt.password", password));
        if (truststore != null) {
            settings.put("mqtt.truststore", truststore.toString());
            settings.put("mqtt.truststore.password", SecuredBroker.TRUSTSTORE_PASSWORD);
        }
        return settings;
    }

    /** A node's sample, sent by Mosquitto's own client over TLS with the same user. */
    private static void publish(Mosquitto broker, String topic, String payload) throws Exception {
        Process process = new ProcessBuilder("mosquitto_pub", "-h", "127.0.0.1", "-p", "" + broker.port(),
                "--cafile", broker.tls().caCertificate().toString(), "-u", USER, "-P", PASSWORD, "-q", "1", "-t",
                topic, "-m", payload).redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "mosquitto_pub hangs");
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }

    private static int pahoThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("MQTT")).count();
    }
}
