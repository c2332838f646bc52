package io.batterylab.rest;

import io.batterylab.rest.stream.StreamLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the REST server runs.
 *
 * @param host address to bind; 127.0.0.1 by default so that nothing is exposed unless asked for
 * @param port TCP port, 0 for any free port
 * @param jwtSecret the token-signing secret; never logged
 * @param tokenLifetime how long a login token is accepted
 * @param autostart start with the framework (e.g. inside the workbench); the headless server starts it anyway
 * @param maxJsonBytes largest accepted JSON body
 * @param maxUploadBytes largest accepted uploaded file (the multipart body may be slightly larger)
 * @param spoolDirectory where large multipart parts are spooled while they are read
 * @param minRequestRate how slowly a request body may arrive before the client is cut off
 * @param streams how many live event streams a user and a client address may hold, and how they are kept alive
 */
public record RestConfig(String host, int port, String jwtSecret, Duration tokenLifetime, boolean autostart,
        long maxJsonBytes, long maxUploadBytes, Path spoolDirectory, MinimumRate minRequestRate, StreamLimits streams) {

    /**
     * The slowest accepted request body: at least {@code bytesPerSecond} on average once {@code grace} has passed since
     * the request began (0 bytes per second: no minimum).
     */
    public record MinimumRate(long bytesPerSecond, Duration grace) {
        public static final long DEFAULT_BYTES_PER_SECOND = 4096;
        public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

        public MinimumRate {
            Objects.requireNonNull(grace, "grace");
            if (bytesPerSecond < 0) {
                throw new IllegalArgumentException("the minimum request rate must not be negative, got " + bytesPerSecond);
            }
        }

        public static MinimumRate defaults() {
            return new MinimumRate(DEFAULT_BYTES_PER_SECOND, DEFAULT_GRACE);
        }
    }

    public RestConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(minRequestRate, "minRequestRate");
        Objects.requireNonNull(streams, "streams");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("REST port must be 0..65535, got " + port);
        }
    }

    public RestConfig withPort(int newPort) {
        return new RestConfig(host, newPort, jwtSecret, tokenLifetime, autostart, maxJsonBytes, maxUploadBytes,
                spoolDirectory, minRequestRate, streams);
    }

    @Override
    public String toString() {
        return "RestConfig[host=" + host + ", port=" + port + ", tokenLifetime=" + tokenLifetime + ", autostart="
                + autostart + ", maxUploadBytes=" + maxUploadBytes + ", minRequestRate=" + minRequestRate
                + ", streams=" + streams + "]";
    }
}
