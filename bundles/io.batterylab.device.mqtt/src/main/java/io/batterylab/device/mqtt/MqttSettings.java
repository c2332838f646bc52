package io.batterylab.device.mqtt;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The connector's settings, read from the {@code mqtt.*} keys of the connect map.
 *
 * @param brokerUri {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId the MQTT client id; unique per process on one broker
 * @param user empty for an anonymous connection
 * @param topics the sensor topic filters ({@code btr/+/sensor} and the legacy {@code sensor})
 * @param qos 0, 1 or 2 for the sensor subscriptions (corrections are always QoS 1)
 * @param sharedGroup a shared-subscription group that processes with the same group split the nodes over; empty
 *        for none
 * @param maxPayloadBytes larger payloads are rejected before parsing
 * @param truststore for {@code ssl://}: the CA certificates to trust (PKCS12/JKS keystore or PEM); null for the
 *        JVM's default trust
 * @param connections MQTT clients of this process (1 to {@value #MAX_CONNECTIONS}); more than one subscribe in one
 *        shared-subscription group (the {@code sharedGroup}, or the client id without one) and parse their share of
 *        the messages on their own threads ({@link MqttConnections})
 */
public record MqttSettings(URI brokerUri, String clientId, String user, char[] password, List<String> topics,
        int qos, String sharedGroup, int maxPayloadBytes, Path truststore, char[] truststorePassword,
        int connections) {
    public static final String BROKER = "mqtt.uri";
    public static final String CLIENT_ID = "mqtt.client.id";
    public static final String USER = "mqtt.user";
    public static final String PASSWORD = "mqtt.password";
    public static final String TOPICS = "mqtt.topics";
    public static final String QOS = "mqtt.qos";
    public static final String SHARED_GROUP = "mqtt.shared.group";
    public static final String MAX_PAYLOAD = "mqtt.max.payload.bytes";
    public static final String TRUSTSTORE = "mqtt.truststore";
    public static final String TRUSTSTORE_PASSWORD = "mqtt.truststore.password";
    public static final String CONNECTIONS = "mqtt.connections";
    public static final int MAX_CONNECTIONS = 16;
    public static final String DEFAULT_TOPICS = "btr/+/sensor,sensor";

    public MqttSettings {
        String scheme = brokerUri.getScheme() == null ? "" : brokerUri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("tcp") && !scheme.equals("ssl")) {
            throw new IllegalArgumentException(BROKER + " must be tcp://host:port or ssl://host:port, got " + brokerUri);
        }
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException(QOS + " must be 0, 1 or 2, got " + qos);
        }
        if (topics.isEmpty() || topics.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(TOPICS + " must list at least one topic filter, got " + topics);
        }
        if (sharedGroup.contains("/") || sharedGroup.contains("+") || sharedGroup.contains("#")) {
            throw new IllegalArgumentException(SHARED_GROUP + " must not contain / + or #, got " + sharedGroup);
        }
        if (maxPayloadBytes < 256) {
            throw new IllegalArgumentException(MAX_PAYLOAD + " must be at least 256, got " + maxPayloadBytes);
        }
        if (truststore != null && !scheme.equals("ssl")) {
            throw new IllegalArgumentException(TRUSTSTORE + " is set but " + BROKER + " is " + brokerUri
                    + "; a truststore is for ssl://host:port");
        }
        if (truststore != null && !java.nio.file.Files.isReadable(truststore)) {
            throw new IllegalArgumentException(TRUSTSTORE + " " + truststore + " is not a readable file");
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException(CONNECTIONS + " must be 1 to " + MAX_CONNECTIONS + ", got "
                    + connections);
        }
        topics = List.copyOf(topics);
    }

    /**
     * The settings of the {@code index}-th of this process's {@link #connections} clients: its own client id (the
     * id, then {@code -1}, {@code -2}, …) in the shared group of them all.
     */
    MqttSettings client(int index) {
        return new MqttSettings(brokerUri, clientId + "-" + (index + 1), user, password, topics, qos,
                sharedGroup.isEmpty() ? clientId : sharedGroup, maxPayloadBytes, truststore, truststorePassword, 1);
    }

    public boolean tls() {
        return brokerUri.getScheme().equalsIgnoreCase("ssl");
    }

    /**
     * Reads the settings; missing keys take their defaults (local broker, both topics, QoS 1, 4 KiB payloads, one
     * connection).
     */
    public static MqttSettings from(Map<String, String> settings) {
        String topics = settings.getOrDefault(TOPICS, DEFAULT_TOPICS);
        return new MqttSettings(URI.create(settings.getOrDefault(BROKER, "tcp://127.0.0.1:1883").trim()),
                settings.getOrDefault(CLIENT_ID, "batterylab-monitor-" + UUID.randomUUID().toString().substring(0, 8)),
                settings.getOrDefault(USER, ""), settings.getOrDefault(PASSWORD, "").toCharArray(),
                Arrays.stream(topics.split(",")).map(String::trim).toList(), integer(settings, QOS, 1),
                settings.getOrDefault(SHARED_GROUP, "").trim(), integer(settings, MAX_PAYLOAD, 4096),
                truststore(settings.get(TRUSTSTORE)), settings.getOrDefault(TRUSTSTORE_PASSWORD, "").toCharArray(),
                integer(settings, CONNECTIONS, 1));
    }

    private static Path truststore(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.trim());
    }

    /** The filters to subscribe to, with the shared group in front when there is one. */
    public List<String> subscriptions() {
        return topics.stream().map(topic -> SensorTopics.shared(topic, sharedGroup)).toList();
    }

    private static int integer(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return "MqttSettings[" + brokerUri + ", client " + clientId + ", topics " + subscriptions() + ", QoS " + qos
                + (user.isEmpty() ? "" : ", user " + user) + (truststore == null ? "" : ", trusting " + truststore)
                + (connections == 1 ? "" : ", " + connections + " connections") + "]";
    }
}
