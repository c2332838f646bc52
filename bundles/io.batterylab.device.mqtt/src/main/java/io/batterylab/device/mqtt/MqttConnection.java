package io.batterylab.device.mqtt;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Paho client subscribed to the sensor topics. Every message is taken in the client-wide callback: Paho v3 does
 * not route messages of a shared subscription ({@code $share/...}) to per-subscription listeners
 * (eclipse/paho.mqtt.java#367). Paho reconnects by itself; each (re)connection subscribes again, since the session
 * is clean.
 */
final class MqttConnection implements DeviceConnector.Connection, MqttCallbackExtended {
    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
    private static final long CONNECT_TIMEOUT_MS = 10_000;

    private final MqttSettings settings;
    private final MqttAsyncClient client;
    private final SensorPayloadParser parser;
    private final MalformedPayloads malformed;
    private final DeviceConnector.Listener listener;

    private MqttConnection(MqttSettings settings, DeviceConnector.Listener listener, MalformedPayloads malformed)
            throws MqttException {
        this.settings = settings;
        this.listener = listener;
        this.malformed = malformed;
        this.parser = new SensorPayloadParser(settings.maxPayloadBytes());
        this.client = new MqttAsyncClient(settings.brokerUri().toString(), settings.clientId(), new MemoryPersistence());
    }

    static MqttConnection open(MqttSettings settings, DeviceConnector.Listener listener, MalformedPayloads malformed)
            throws IOException {
        MqttConnection connection = null;
        try {
            connection = new MqttConnection(settings, listener, malformed);
            connection.client.setCallback(connection);
            connection.client.connect(connection.options()).waitForCompletion(CONNECT_TIMEOUT_MS);
            connection.subscribe().waitForCompletion(CONNECT_TIMEOUT_MS);
            LOG.info("Connected to the MQTT broker: {}", settings);
            return connection;
        } catch (MqttException | IllegalArgumentException | IOException e) {
            if (connection != null) {
                connection.close();
            }
            throw failure(settings, e);
        }
    }

    /** Why the first connection failed, for the log and the user: the broker, then the reason in words. */
    private static IOException failure(MqttSettings settings, Exception e) {
        String broker = "Cannot connect to the MQTT broker " + settings.brokerUri() + " as " + settings.clientId();
        if (e instanceof MqttException m && (m.getReasonCode() == MqttException.REASON_CODE_FAILED_AUTHENTICATION
                || m.getReasonCode() == MqttException.REASON_CODE_NOT_AUTHORIZED)) {
            return new BrokerRefusedException(broker + ": the broker refused " + (settings.user().isEmpty()
                    ? "an anonymous connection" : "user '" + settings.user() + "'") + " (" + e.getMessage()
                    + "); check " + MqttSettings.USER + " and " + MqttSettings.PASSWORD, e);
        }
        Throwable cause = e.getCause();
        if (cause instanceof javax.net.ssl.SSLException tls) {
            return new IOException(broker + ": TLS handshake failed (" + tls.getMessage() + "); check "
                    + MqttSettings.TRUSTSTORE + " holds the CA of the broker's certificate", e);
        }
        return new IOException(broker + ": " + e.getMessage(), e);
    }

    private MqttConnectOptions options() throws IOException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setMaxReconnectDelay(5_000);
        options.setKeepAliveInterval(15);
        options.setConnectionTimeout(10);
        // Thousands of nodes at 2 Hz: let QoS 1 messages be acknowledged without a small in-flight window stalling.
        options.setMaxInflight(1000);
        if (!settings.user().isEmpty()) {
            options.setUserName(settings.user());
            options.setPassword(settings.password());
        }
        // Nagle's algorithm off (a correction must not wait for a delayed ACK), plain input buffered: MqttSockets
        if (!settings.tls()) {
            options.setSocketFactory(MqttSockets.plain());
        } else if (settings.truststore() != null) {
            options.setSocketFactory(MqttSockets.tls(MqttTls.socketFactory(settings.truststore(),
                    settings.truststorePassword())));
        } else {
            options.setSocketFactory(MqttSockets.tls((SSLSocketFactory) SSLSocketFactory.getDefault()));
        }
        return options;
    }

    private org.eclipse.paho.client.mqttv3.IMqttToken subscribe() throws MqttException {
        List<String> filters = settings.subscriptions();
        int[] qos = filters.stream().mapToInt(f -> settings.qos()).toArray();
        return client.subscribe(filters.toArray(String[]::new), qos);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        if (!reconnect) {
            return;
        }
        LOG.info("Reconnected to the MQTT broker {}; subscribing again to {}", serverUri, settings.subscriptions());
        try {
            subscribe(); // asynchronous: waiting here would block Paho's callback thread
        } catch (MqttException e) {
            LOG.error("Cannot subscribe again after reconnecting to {}: {}", serverUri, e.getMessage(), e);
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warn("Lost the MQTT broker {} ({}); reconnecting", settings.brokerUri(),
                cause == null ? "no reason given" : cause.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // Never throw from here: Paho drops the connection when the callback fails.
        try {
            PayloadResult result = parser.parse(topic, message.getPayload());
            if (result instanceof PayloadResult.Accepted accepted) {
                listener.onSample(accepted.sample());
            } else if (result instanceof PayloadResult.Rejected rejected) {
                malformed.record(rejected.deviceId(), rejected.reason());
                listener.onMalformed(rejected.deviceId(), rejected.reason());
            }
        } catch (RuntimeException e) {
            LOG.error("The monitor failed on a message on {}; the connection goes on", topic, e);
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // corrections are fire-and-forget at QoS 1: the broker's acknowledgement needs no action
    }

    @Override
    public void sendStatus(String deviceId, DeviceStatus status) throws IOException {
        if (!SensorTopics.isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException("not a valid device id: " + deviceId);
        }
        MqttMessage message = new MqttMessage(status.name().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        try {
            client.publish(SensorTopics.statueTopic(deviceId), message);
        } catch (MqttException e) {
            throw new IOException("Cannot send status " + status + " to device " + deviceId + " over "
                    + settings.brokerUri() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                // Unsubscribe first: the broker then sends this monitor's share of a shared subscription to the
                // others, and what it sent here before is still processed while disconnecting (quiesce) — a monitor
                // stopped cleanly loses no sample of its group.
                client.unsubscribe(settings.subscriptions().toArray(String[]::new)).waitForCompletion(3_000);
                client.disconnect(2_000).waitForCompletion(3_000);
            }
        } catch (MqttException e) {
            LOG.debug("Disconnect from {} did not complete: {}", settings.brokerUri(), e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the MQTT client failed: {}", e.getMessage());
        }
    }
}
