package io.batterylab.core.plugin;

import java.util.Map;
import java.util.function.Consumer;

/** Connects to a family of sensor nodes (e.g. ESP32 nodes over MQTT). */
public interface DeviceConnector extends Plugin {
    /**
     * Opens a connection; samples and malformed-payload notices arrive on the listener's threads.
     *
     * @param settings connector-specific settings (broker URL, topics, ...)
     */
    Connection connect(Map<String, String> settings, Listener listener) throws java.io.IOException;

    interface Listener {
        void onSample(SensorSample sample);

        /** A payload that could not be read; counted and logged, never fatal. */
        void onMalformed(String deviceId, String reason);
    }

    interface Connection extends AutoCloseable {
        /** Sends a status correction to one node. */
        void sendStatus(String deviceId, DeviceStatus status) throws java.io.IOException;

        boolean isConnected();

        @Override
        void close();
    }

    /** Convenience listener from lambdas. */
    static Listener listener(Consumer<SensorSample> onSample, java.util.function.BiConsumer<String, String> onMalformed) {
        return new Listener() {
            @Override
            public void onSample(SensorSample sample) {
                onSample.accept(sample);
            }

            @Override
            public void onMalformed(String deviceId, String reason) {
                onMalformed.accept(deviceId, reason);
            }
        };
    }
}
