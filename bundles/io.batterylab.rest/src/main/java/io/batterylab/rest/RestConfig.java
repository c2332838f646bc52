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
 * @param streams how many live event streams a user and a client address may hold, and how they are kept alive
 */
public record RestConfig(String host, int port, String jwtSecret, Duration tokenLifetime, boolean autostart,
        long maxJsonBytes, long maxUploadBytes, Path spoolDirectory, StreamLimits streams) {

    public RestConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(streams, "streams");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("REST port must be 0..65535, got " + port);
        }
    }

    public RestConfig withPort(int newPort) {
        return new RestConfig(host, newPort, jwtSecret, tokenLifetime, autostart, maxJsonBytes, maxUploadBytes,
                spoolDirectory, streams);
    }

    @Override
    public String toString() {
        return "RestConfig[host=" + host + ", port=" + port + ", tokenLifetime=" + tokenLifetime + ", autostart="
                + autostart + ", maxUploadBytes=" + maxUploadBytes + ", streams=" + streams + "]";
    }
}
