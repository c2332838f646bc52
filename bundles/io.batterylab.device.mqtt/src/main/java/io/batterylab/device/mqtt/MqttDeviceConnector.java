package io.batterylab.device.mqtt;

import io.batterylab.core.plugin.DeviceConnector;
import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The ESP32 thermal-runaway nodes over MQTT (SPEC §9): samples from {@code btr/+/sensor} and the legacy
 * {@code sensor}, corrections to {@code btr/{id}/statue} (legacy {@code statue}) at QoS 1. Settings: {@link MqttSettings}.
 */
@Component(service = DeviceConnector.class)
public class MqttDeviceConnector implements DeviceConnector {
    public static final String ID = "mqtt";

    private final MalformedPayloads malformed = new MalformedPayloads();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "MQTT (ESP32 thermal-runaway nodes)";
    }

    /** @throws IllegalArgumentException when a setting is invalid (the message names it) */
    @Override
    public Connection connect(Map<String, String> settings, Listener listener) throws IOException {
        return MqttConnections.open(MqttSettings.from(settings), listener, malformed);
    }

    /** Rejected payloads of every connection of this connector, per device. */
    public MalformedPayloads malformed() {
        return malformed;
    }
}
