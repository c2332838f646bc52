package io.batterylab.monitor;

import io.batterylab.device.mqtt.MqttSettings;
import io.batterylab.monitor.broker.BrokerAccess;
import io.batterylab.monitor.broker.ConfigValues;
import io.batterylab.monitor.store.BlockLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The monitoring settings, each read (first found wins) from the system property {@code batterylab.<key>}, the
 * variable {@code BATTERYLAB_<KEY>} (upper case, dots as underscores), or {@code <key>} in
 * {@code {home}/batterylab.properties}.
 *
 * @param broker {@code off} (no monitoring), {@code external} (the broker at {@code mqtt.uri}) or {@code embedded}
 *        (a broker started in this process, which the monitor connects to)
 * @param connector the {@code mqtt.*} settings for the connector
 * @param retention raw samples older than this become minute averages
 * @param embedded where the embedded broker listens ({@code mqtt.embedded.host}, {@code mqtt.embedded.port})
 * @param workers the threads that assess samples ({@code monitor.workers}, 1 to 64; default as many as cores, at
 *        most 2), each for its share of the devices
 * @param hops evaluation hop by detector kind ({@code monitor.hop.<kind>}, 1 to 120; default
 *        {@link MonitorSettings#DEFAULT_HOPS}): the kind assesses every n-th sample of a device
 * @param blocks when a device's block of samples is stored ({@code monitor.store.blockSamples},
 *        {@code monitor.store.blockSeconds}; {@link BlockLimits#DEFAULTS})
 */
public record MonitorConfig(String broker, Map<String, String> connector, Duration retention, Listen embedded,
        int workers, Map<String, Integer> hops, BlockLimits blocks) {
    public static final String OFF = "off";
    /**
     * The broker a packaged product uses when the user set none: the workbench and the headless server pass
     * {@code embedded} here, so a lab sees its nodes with nothing installed. It is the last resort, after the
     * system property, the environment and {@code batterylab.properties}; plain runtimes (tests, a user's own
     * OSGi launch) leave it unset and monitoring stays off until asked for.
     */
    public static final String PRODUCT_DEFAULT_PROPERTY = "batterylab.mqtt.broker.default";
    public static final String EXTERNAL = "external";
    public static final String EMBEDDED = "embedded";

    /**
     * The embedded broker's address (loopback and the MQTT port unless told otherwise; port 0 takes a free one) and
     * who may use it ({@code mqtt.embedded.user}, {@code …password}, {@code …anonymous}, {@code …keystore}).
     */
    public record Listen(String host, int port, BrokerAccess access) {
        public static final Listen DEFAULT = new Listen("127.0.0.1", 1883);

        /** Anonymous clients, plain MQTT: for a broker on loopback. */
        public Listen(String host, int port) {
            this(host, port, BrokerAccess.ANONYMOUS);
        }

        public Listen {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("mqtt.embedded.host must not be blank");
            }
            ConfigValues.checkPort("mqtt.embedded.port", port);
        }
    }
    static final List<String> CONNECTOR_KEYS = List.of("mqtt.uri", "mqtt.client.id", "mqtt.user", "mqtt.password",
            "mqtt.topics", "mqtt.qos", "mqtt.shared.group", "mqtt.max.payload.bytes", "mqtt.truststore",
            "mqtt.truststore.password", "mqtt.connections");

    public MonitorConfig {
        if (!List.of(OFF, EXTERNAL, EMBEDDED).contains(broker)) {
            throw new IllegalArgumentException("mqtt.broker must be off, external or embedded, got " + broker);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("monitor.retention.days must be positive");
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("monitor.workers must be 1 to 64, got " + workers);
        }
        if (EMBEDDED.equals(broker)) {
            refuseSharedSubscriptions(connector);
        }
        connector = Map.copyOf(connector);
        hops = Map.copyOf(hops);
    }

    /**
     * The embedded Moquette 0.17 has no shared subscriptions (moquette-io/moquette#839: they come with its MQTT 5
     * support): a client subscribed to {@code $share/{group}/…} there gets no message at all, so a monitor with a
     * shared group or more than one connection would see no node while looking connected.
     */
    private static void refuseSharedSubscriptions(Map<String, String> connector) {
        String connections = connector.get(MqttSettings.CONNECTIONS);
        String group = connector.get(MqttSettings.SHARED_GROUP);
        if (group != null || connections != null
                && MqttSettings.from(Map.of(MqttSettings.CONNECTIONS, connections)).connections() != 1) {
            throw new IllegalArgumentException((group != null ? "mqtt.shared.group" : "mqtt.connections="
                    + connections) + " needs a broker with shared subscriptions (Mosquitto, EMQX, HiveMQ); the "
                    + "embedded broker has none and would deliver no sample: leave it unset with mqtt.broker=embedded "
                    + "or use mqtt.broker=external");
        }
    }

    public boolean enabled() {
        return !OFF.equals(broker);
    }

    public boolean embeddedBroker() {
        return EMBEDDED.equals(broker);
    }

    /** The connector's settings, pointed at the embedded broker (listening on {@code port}) when there is one. */
    public Map<String, String> connectorFor(int port) {
        if (!embeddedBroker()) {
            return connector;
        }
        Map<String, String> settings = new HashMap<>(connector);
        String host = embedded.host().equals("0.0.0.0") || embedded.host().equals("::") ? "127.0.0.1"
                : embedded.host().contains(":") ? "[" + embedded.host() + "]" : embedded.host();
        settings.put("mqtt.uri", "tcp://" + host + ":" + port);
        if (embedded.access().loginRequired()) {
            settings.put("mqtt.user", embedded.access().user());
            settings.put("mqtt.password", embedded.access().password());
        }
        return settings;
    }

    public static MonitorConfig load(Path home) {
        return load(home, System.getProperties(), System.getenv());
    }

    public static MonitorConfig load(Path home, Properties system, Map<String, String> env) {
        Properties file = new Properties();
        Path path = home.resolve("batterylab.properties");
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        Map<String, String> connector = new HashMap<>();
        for (String key : CONNECTOR_KEYS) {
            String value = get(key, system, env, file);
            if (value != null) {
                connector.put(key, value);
            }
        }
        String broker = get("mqtt.broker", system, env, file);
        if (broker == null) {
            broker = system.getProperty(PRODUCT_DEFAULT_PROPERTY);
        }
        String days = get("monitor.retention.days", system, env, file);
        String host = get("mqtt.embedded.host", system, env, file);
        String listenHost = host == null ? Listen.DEFAULT.host() : host;
        String port = get("mqtt.embedded.port", system, env, file);
        long workers = ConfigValues.wholeNumber("monitor.workers", get("monitor.workers", system, env, file),
                SampleBatcher.Settings.DEFAULT_WORKERS);
        return new MonitorConfig(broker == null ? OFF : broker.toLowerCase(Locale.ROOT), connector,
                Duration.ofDays(ConfigValues.wholeNumber("monitor.retention.days", days, 30)), new Listen(listenHost,
                        ConfigValues.port("mqtt.embedded.port", port, Listen.DEFAULT.port()),
                        BrokerAccess.read(listenHost, key -> get(key, system, env, file))),
                (int) Math.clamp(workers, 0, 65), hops(system, env, file), BlockLimits.of(
                        ConfigValues.wholeNumber("monitor.store.blockSamples", get("monitor.store.blockSamples",
                                system, env, file), BlockLimits.DEFAULTS.samples()),
                        ConfigValues.wholeNumber("monitor.store.blockSeconds", get("monitor.store.blockSeconds",
                                system, env, file), BlockLimits.DEFAULTS.seconds())));
    }

    /** The defaults, overridden by any {@code monitor.hop.<kind>} set. */
    private static Map<String, Integer> hops(Properties system, Map<String, String> env, Properties file) {
        java.util.Set<String> kinds = new java.util.TreeSet<>(MonitorSettings.DEFAULT_HOPS.keySet());
        String prefix = "monitor.hop.";
        system.stringPropertyNames().stream().filter(k -> k.startsWith("batterylab." + prefix))
                .forEach(k -> kinds.add(k.substring(("batterylab." + prefix).length())));
        env.keySet().stream().filter(k -> k.startsWith("BATTERYLAB_MONITOR_HOP_"))
                .forEach(k -> kinds.add(k.substring("BATTERYLAB_MONITOR_HOP_".length()).toLowerCase(Locale.ROOT)));
        file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> kinds.add(k.substring(prefix.length())));
        Map<String, Integer> hops = new HashMap<>();
        for (String kind : kinds) {
            long hop = ConfigValues.wholeNumber(prefix + kind, get(prefix + kind, system, env, file),
                    MonitorSettings.DEFAULT_HOPS.getOrDefault(kind, 1));
            MonitorSettings.checkHop(kind, hop);
            hops.put(kind, (int) hop);
        }
        return hops;
    }

    private static String get(String key, Properties system, Map<String, String> env, Properties file) {
        String variable = "BATTERYLAB_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
        for (String v : new String[] {system.getProperty("batterylab." + key), env.get(variable),
                file.getProperty(key)}) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
