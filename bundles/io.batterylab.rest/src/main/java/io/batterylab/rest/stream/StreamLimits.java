package io.batterylab.rest.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the live event streams, so that one user or one client cannot exhaust the server.
 *
 * @param perUser open streams one user may hold at once (several browser tabs, a dashboard)
 * @param perAddress open streams one client address may hold at once, whoever is logged in (many users behind one
 *        proxy share an address, hence larger than {@code perUser})
 * @param bufferBytes most bytes that may wait for one slow reader; a stream that falls further behind is dropped
 * @param heartbeat how often a comment line is written to every stream: it keeps proxies from closing an idle
 *        stream and finds clients that have gone (their write fails)
 */
public record StreamLimits(int perUser, int perAddress, int bufferBytes, Duration heartbeat) {
    public static final int DEFAULT_PER_USER = 10;
    public static final int DEFAULT_PER_ADDRESS = 100;
    public static final int DEFAULT_BUFFER_BYTES = 64 * 1024;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    /** A heartbeat event or an end notice must fit into the buffer of even the smallest configuration. */
    private static final int MIN_BUFFER_BYTES = 1024;

    public StreamLimits {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (perUser < 1) {
            throw new IllegalArgumentException("event streams per user must be at least 1, got " + perUser);
        }
        if (perAddress < 1) {
            throw new IllegalArgumentException("event streams per address must be at least 1, got " + perAddress);
        }
        if (bufferBytes < MIN_BUFFER_BYTES) {
            throw new IllegalArgumentException(
                    "the event stream buffer must be at least " + MIN_BUFFER_BYTES + " bytes, got " + bufferBytes);
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("the event stream heartbeat must be positive, got " + heartbeat);
        }
    }

    public static StreamLimits defaults() {
        return new StreamLimits(DEFAULT_PER_USER, DEFAULT_PER_ADDRESS, DEFAULT_BUFFER_BYTES, DEFAULT_HEARTBEAT);
    }

    public StreamLimits withHeartbeat(Duration newHeartbeat) {
        return new StreamLimits(perUser, perAddress, bufferBytes, newHeartbeat);
    }
}
