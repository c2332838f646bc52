package io.batterylab.monitor;

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
 * @param broker {@code off} (no monitoring), {@code external} (the broker at {@code mqtt.uri})
 * @param connector the {@code mqtt.*} settings for the connector
 * @param retention raw samples older than this become minute averages
 */
public record MonitorConfig(String broker, Map<String, String> connector, Duration retention) {
    public static final String OFF = "off";
    public static final String EXTERNAL = "external";
    static final List<String> CONNECTOR_KEYS = List.of("mqtt.uri", "mqtt.client.id", "mqtt.user", "mqtt.password",
            "mqtt.topics", "mqtt.qos", "mqtt.shared.group", "mqtt.max.payload.bytes");

    public MonitorConfig {
        if (!List.of(OFF, EXTERNAL).contains(broker)) {
            throw new IllegalArgumentException("mqtt.broker must be off or external, got " + broker);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("monitor.retention.days must be positive");
        }
        connector = Map.copyOf(connector);
    }

    public boolean enabled() {
        return !OFF.equals(broker);
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
        String days = get("monitor.retention.days", system, env, file);
        try {
            return new MonitorConfig(broker == null ? OFF : broker.toLowerCase(Locale.ROOT), connector,
                    Duration.ofDays(days == null ? 30 : Long.parseLong(days)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("monitor.retention.days must be a whole number, got " + days);
        }
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
