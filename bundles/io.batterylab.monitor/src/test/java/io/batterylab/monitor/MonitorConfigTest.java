package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.monitor.broker.BrokerAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorConfigTest {
    @TempDir
    Path home;

    @Test
    void givenNothingSet_thenOffAndTheEmbeddedBrokerWouldListenOnLoopback1883() {
        MonitorConfig config = MonitorConfig.load(home, new Properties(), Map.of());

        assertFalse(config.enabled());
        assertEquals(new MonitorConfig.Listen("127.0.0.1", 1883), config.embedded());
        assertEquals(Math.min(2, Runtime.getRuntime().availableProcessors()), config.workers());
    }

    @Test
    void givenEmbeddedBrokerWithASharedGroupOrSeveralConnections_thenRefusedNamingTheSetting() {
        for (Map.Entry<String, String> setting : Map.of("BATTERYLAB_MQTT_CONNECTIONS", "3",
                "BATTERYLAB_MQTT_SHARED_GROUP", "monitors").entrySet()) {
            Map<String, String> env = Map.of("BATTERYLAB_MQTT_BROKER", "embedded", setting.getKey(),
                    setting.getValue());
            String message = assertThrows(IllegalArgumentException.class,
                    () -> MonitorConfig.load(home, new Properties(), env)).getMessage();
            assertTrue(message.contains(setting.getKey().substring("BATTERYLAB_".length()).toLowerCase()
                    .replace('_', '.')) && message.contains("mqtt.broker=external"), message);
            assertEquals(setting.getValue(), MonitorConfig.load(home, new Properties(), Map.of(
                    "BATTERYLAB_MQTT_BROKER", "external", setting.getKey(), setting.getValue())).connector()
                    .get(setting.getKey().substring("BATTERYLAB_".length()).toLowerCase().replace('_', '.')));
        }
        for (String one : new String[] {"1", " 01"}) { // one connection, however written, is no shared group
            assertTrue(MonitorConfig.load(home, new Properties(), Map.of("BATTERYLAB_MQTT_BROKER", "embedded",
                    "BATTERYLAB_MQTT_CONNECTIONS", one)).embeddedBroker());
        }
    }

    @Test
    void givenWorkersInTheEnvironment_thenThatManyAssess() {
        assertEquals(4, MonitorConfig.load(home, new Properties(), Map.of("BATTERYLAB_MONITOR_WORKERS", "4"))
                .workers());
    }

    @Test
    void givenHopsSetOrNot_thenEveryKindAssessesEverySampleUnlessTold() {
        assertEquals(Map.of(), MonitorConfig.load(home, new Properties(), Map.of()).hops());
        Properties system = new Properties();
        system.setProperty("batterylab.monitor.hop.forest", "3");
        assertEquals(Map.of("lstm", 2, "forest", 3), MonitorConfig.load(home, system,
                Map.of("BATTERYLAB_MONITOR_HOP_LSTM", "2")).hops());
    }

    @Test
    void givenBlockSettingsSetOrNot_thenBlocksOf20SamplesOr10SecondsUnlessToldAndOutOfRangeOnesAreRefusedByName() {
        assertEquals(io.batterylab.monitor.store.BlockLimits.DEFAULTS, MonitorConfig.load(home, new Properties(),
                Map.of()).blocks());
        Properties system = new Properties();
        system.setProperty("batterylab.monitor.store.blockSamples", "1");
        assertEquals(new io.batterylab.monitor.store.BlockLimits(1, 30), MonitorConfig.load(home, system,
                Map.of("BATTERYLAB_MONITOR_STORE_BLOCKSECONDS", "30")).blocks());

        IllegalArgumentException samples = assertThrows(IllegalArgumentException.class, () -> MonitorConfig.load(
                home, new Properties(), Map.of("BATTERYLAB_MONITOR_STORE_BLOCKSAMPLES", "51")));
        IllegalArgumentException seconds = assertThrows(IllegalArgumentException.class, () -> MonitorConfig.load(
                home, new Properties(), Map.of("BATTERYLAB_MONITOR_STORE_BLOCKSECONDS", "0")));
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> MonitorConfig.load(
                home, new Properties(), Map.of("BATTERYLAB_MONITOR_STORE_BLOCKSECONDS", "ten")));

        assertEquals("monitor.store.blockSamples must be 1 to 50, got 51", samples.getMessage());
        assertEquals("monitor.store.blockSeconds must be 1 to 600, got 0", seconds.getMessage());
        assertEquals("monitor.store.blockSeconds must be a whole number, got ten", text.getMessage());
    }

    @Test
    void givenEmbeddedOnAllAddressesWithALogin_thenTheMonitorLogsInOverLoopbackToThePortBound() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"), "mqtt.broker=Embedded\nmqtt.embedded.host=0.0.0.0\n"
                + "mqtt.embedded.port=1884\nmqtt.uri=tcp://elsewhere:1883\nmqtt.qos=0\nmqtt.embedded.user=lab\n"
                + "mqtt.embedded.password=s3cret\n");

        MonitorConfig config = MonitorConfig.load(home, new Properties(),
                Map.of("BATTERYLAB_MQTT_EMBEDDED_PORT", "1885"));

        assertTrue(config.embeddedBroker());
        assertEquals(new MonitorConfig.Listen("0.0.0.0", 1885, new BrokerAccess("lab", "s3cret", false, null)),
                config.embedded());
        assertEquals(Map.of("mqtt.uri", "tcp://127.0.0.1:40001", "mqtt.qos", "0", "mqtt.user", "lab",
                "mqtt.password", "s3cret"), config.connectorFor(40001));
    }

    @Test
    void givenEmbeddedOnTheNetworkWithoutALogin_thenRefusedUntilAnonymousIsChosenExplicitly() {
        Properties system = new Properties();
        system.setProperty("batterylab.mqtt.broker", "embedded");
        system.setProperty("batterylab.mqtt.embedded.host", "0.0.0.0");

        String message = assertThrows(IllegalArgumentException.class,
                () -> MonitorConfig.load(home, system, Map.of())).getMessage();
        assertTrue(message.contains("mqtt.embedded.user") && message.contains("mqtt.embedded.anonymous=true"),
                message);

        system.setProperty("batterylab.mqtt.embedded.anonymous", "true");
        MonitorConfig open = MonitorConfig.load(home, system, Map.of());
        assertTrue(open.embedded().access().anonymous());
        assertFalse(open.connectorFor(1883).containsKey("mqtt.user"));
    }

    @Test
    void givenATlsKeystore_thenASecondListenerOn8883UnlessToldOtherwise() {
        Properties system = new Properties();
        system.setProperty("batterylab.mqtt.embedded.keystore", "/etc/lab/broker.p12");
        system.setProperty("batterylab.mqtt.embedded.keystore.password", "changeit");

        assertEquals(new BrokerAccess.Tls(8883, Path.of("/etc/lab/broker.p12"), "changeit"),
                MonitorConfig.load(home, system, Map.of()).embedded().access().tls());
        system.setProperty("batterylab.mqtt.embedded.tls.port", "8884");
        assertEquals(8884, MonitorConfig.load(home, system, Map.of()).embedded().access().tls().port());
    }

    @Test
    void givenTheProductsDefault_thenEmbeddedUnlessTheUserChoseABroker() throws Exception {
        Properties product = new Properties();
        product.setProperty(MonitorConfig.PRODUCT_DEFAULT_PROPERTY, "embedded");
        assertTrue(MonitorConfig.load(home, product, Map.of()).embeddedBroker());

        assertEquals(MonitorConfig.EXTERNAL, MonitorConfig.load(home, product,
                Map.of("BATTERYLAB_MQTT_BROKER", "external")).broker());
        Files.writeString(home.resolve("batterylab.properties"), "mqtt.broker=off\n");
        assertFalse(MonitorConfig.load(home, product, Map.of()).enabled());
    }

    @Test
    void givenExternalBroker_thenTheConnectorKeepsItsUri() {
        Properties system = new Properties();
        system.setProperty("batterylab.mqtt.broker", "external");
        system.setProperty("batterylab.mqtt.uri", "tcp://broker.lab:1883");

        assertEquals("tcp://broker.lab:1883", MonitorConfig.load(home, system, Map.of()).connectorFor(1)
                .get("mqtt.uri"));
    }

    @Test
    void givenASecuredBrokerInTheEnvironment_thenTheConnectorGetsItsTruststoreAndPassword() {
        MonitorConfig config = MonitorConfig.load(home, new Properties(), Map.of("BATTERYLAB_MQTT_BROKER", "external",
                "BATTERYLAB_MQTT_URI", "ssl://broker.lab:8883", "BATTERYLAB_MQTT_TRUSTSTORE", "/etc/lab/ca.pem",
                "BATTERYLAB_MQTT_TRUSTSTORE_PASSWORD", "changeit"));

        assertEquals("/etc/lab/ca.pem", config.connector().get("mqtt.truststore"));
        assertEquals("changeit", config.connector().get("mqtt.truststore.password"));
        assertEquals("ssl://broker.lab:8883", config.connector().get("mqtt.uri"));
    }

    @Test
    void givenBadSettings_thenRefusedNamingTheKey() {
        for (var bad : Map.of("mqtt.broker", "mosquitto", "mqtt.embedded.port", "70000",
                "monitor.retention.days", "ten", "mqtt.embedded.anonymous", "yes", "mqtt.embedded.user", "lab",
                "mqtt.embedded.keystore.password", "changeit", "mqtt.embedded.tls.port", "x", "monitor.workers", "0",
                "monitor.hop.lstm", "0").entrySet()) {
            Properties system = new Properties();
            system.setProperty("batterylab.mqtt.broker", "embedded");
            system.setProperty("batterylab." + bad.getKey(), bad.getValue());
            String message = assertThrows(IllegalArgumentException.class,
                    () -> MonitorConfig.load(home, system, Map.of())).getMessage();
            assertTrue(message.contains(bad.getKey()), message);
        }
    }

    @Test
    void givenPortsOutOfRange_thenRefusedNamingTheKeyAndTheRange() {
        for (var bad : Map.of("mqtt.embedded.port", "99999999999", "mqtt.embedded.tls.port", "70000").entrySet()) {
            Properties system = new Properties();
            system.setProperty("batterylab.mqtt.broker", "embedded");
            system.setProperty("batterylab.mqtt.embedded.keystore", "broker.p12");
            system.setProperty("batterylab.mqtt.embedded.keystore.password", "changeit");
            system.setProperty("batterylab." + bad.getKey(), bad.getValue());
            String message = assertThrows(IllegalArgumentException.class,
                    () -> MonitorConfig.load(home, system, Map.of())).getMessage();
            assertEquals(bad.getKey() + " must be 0 to 65535, got " + bad.getValue(), message);
        }
    }
}
