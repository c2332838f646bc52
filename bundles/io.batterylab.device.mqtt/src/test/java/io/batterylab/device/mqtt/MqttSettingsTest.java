package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MqttSettingsTest {
    @Test
    void givenNoSettings_thenLocalBrokerBothTopicsAndQos1() {
        MqttSettings settings = MqttSettings.from(Map.of());

        assertEquals("tcp://127.0.0.1:1883", settings.brokerUri().toString());
        assertEquals(List.of("btr/+/sensor", "sensor"), settings.subscriptions());
        assertEquals(1, settings.qos());
        assertTrue(settings.clientId().startsWith("batterylab-monitor-"));
    }

    @Test
    void givenSharedGroup_thenEverySubscriptionIsShared() {
        MqttSettings settings = MqttSettings.from(Map.of(MqttSettings.SHARED_GROUP, "monitors",
                MqttSettings.TOPICS, "btr/+/sensor"));

        assertEquals(List.of("$share/monitors/btr/+/sensor"), settings.subscriptions());
    }

    @Test
    void givenBadSettings_thenTheMessageNamesTheKey() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.from(Map.of(MqttSettings.BROKER, "http://x:1883"))).getMessage()
                .contains(MqttSettings.BROKER));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.from(Map.of(MqttSettings.QOS, "3"))).getMessage().contains(MqttSettings.QOS));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.from(Map.of(MqttSettings.QOS, "one"))).getMessage().contains(MqttSettings.QOS));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.from(Map.of(MqttSettings.SHARED_GROUP, "a/b"))).getMessage()
                .contains(MqttSettings.SHARED_GROUP));
    }

    @Test
    void givenTopics_thenDeviceIdsAndCorrectionTopicsFollowTheSpecLayout() {
        assertEquals("n1", SensorTopics.deviceIdOf("btr/n1/sensor").orElseThrow());
        assertTrue(SensorTopics.deviceIdOf("sensor").isEmpty());
        assertEquals("btr/n1/statue", SensorTopics.statueTopic("n1"));
        assertEquals("statue", SensorTopics.statueTopic(SensorTopics.LEGACY_DEVICE));
    }
}
