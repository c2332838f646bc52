package io.batterylab.rest;

import io.batterylab.rest.auth.JwtSecret;
import io.batterylab.rest.stream.StreamLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the {@link RestConfig} of a workspace. Each setting is taken from the first of: system property
 * ({@code -Dbatterylab.rest.port=...}), environment variable ({@code BATTERYLAB_REST_PORT}), the workspace file
 * {@code {home}/batterylab.properties} ({@code rest.port}), the default. The JWT secret comes from
 * {@code BATTERYLAB_JWT_SECRET} or {@code rest.jwt.secret}; without either, a random one is generated once into
 * {@code {home}/rest-jwt.secret} (owner-only).
 */
public final class RestConfigLoader {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String SECRET_FILE = "rest-jwt.secret";
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
    private static final long MAX_JSON_BYTES = 64 * 1024;

    private RestConfigLoader() {
    }

    public static RestConfig load(Path home) {
        return load(home, System.getProperties(), System.getenv());
    }

    public static RestConfig load(Path home, Properties system, Map<String, String> env) {
        Properties file = readFile(home.resolve("batterylab.properties"));
        Settings s = new Settings(system, env, file);
        String secret = s.get("batterylab.rest.jwt.secret", "BATTERYLAB_JWT_SECRET", "rest.jwt.secret");
        if (secret == null) {
            secret = JwtSecret.readOrCreate(home.resolve(SECRET_FILE));
        }
        return new RestConfig(
                s.getOr("batterylab.rest.host", "BATTERYLAB_REST_HOST", "rest.host", DEFAULT_HOST),
                s.getInt("batterylab.rest.port", "BATTERYLAB_REST_PORT", "rest.port", DEFAULT_PORT),
                secret,
                Duration.ofHours(s.getInt("batterylab.rest.token.hours", "BATTERYLAB_REST_TOKEN_HOURS",
                        "rest.token.hours", 12)),
                Boolean.parseBoolean(s.getOr("batterylab.rest.autostart", "BATTERYLAB_REST_AUTOSTART",
                        "rest.autostart", "false")),
                MAX_JSON_BYTES,
                DEFAULT_MAX_UPLOAD_BYTES,
                home.resolve("tmp").resolve("rest-uploads"),
                new RestConfig.MinimumRate(s.getInt("batterylab.rest.min.request.rate", "BATTERYLAB_REST_MIN_REQUEST_RATE",
                        "rest.min.request.rate", (int) RestConfig.MinimumRate.DEFAULT_BYTES_PER_SECOND),
                        RestConfig.MinimumRate.DEFAULT_GRACE),
                streamLimits(s));
    }

    private static StreamLimits streamLimits(Settings s) {
        try {
            return new StreamLimits(
                    s.getInt("batterylab.rest.events.per.user", "BATTERYLAB_REST_EVENTS_PER_USER",
                            "rest.events.per.user", StreamLimits.DEFAULT_PER_USER),
                    s.getInt("batterylab.rest.events.per.address", "BATTERYLAB_REST_EVENTS_PER_ADDRESS",
                            "rest.events.per.address", StreamLimits.DEFAULT_PER_ADDRESS),
                    s.getInt("batterylab.rest.events.buffer.kb", "BATTERYLAB_REST_EVENTS_BUFFER_KB",
                            "rest.events.buffer.kb", StreamLimits.DEFAULT_BUFFER_BYTES / 1024) * 1024,
                    Duration.ofSeconds(s.getInt("batterylab.rest.events.heartbeat.seconds",
                            "BATTERYLAB_REST_EVENTS_HEARTBEAT_SECONDS", "rest.events.heartbeat.seconds",
                            (int) StreamLimits.DEFAULT_HEARTBEAT.toSeconds())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid event stream setting (rest.events.*): " + e.getMessage(), e);
        }
    }

    /** Whether the server should start with the framework; reads no secret (and so creates none). */
    public static boolean autostart(Path home) {
        Properties file = readFile(home.resolve("batterylab.properties"));
        return Boolean.parseBoolean(new Settings(System.getProperties(), System.getenv(), file)
                .getOr("batterylab.rest.autostart", "BATTERYLAB_REST_AUTOSTART", "rest.autostart", "false"));
    }

    private static Properties readFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    private record Settings(Properties system, Map<String, String> env, Properties file) {
        String get(String property, String variable, String key) {
            for (String v : new String[] {system.getProperty(property), env.get(variable), file.getProperty(key)}) {
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return null;
        }

        String getOr(String property, String variable, String key, String fallback) {
            String v = get(property, variable, key);
            return v == null ? fallback : v;
        }

        int getInt(String property, String variable, String key, int fallback) {
            String v = get(property, variable, key);
            try {
                return v == null ? fallback : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be an integer, got '" + v + "'");
            }
        }
    }
}
