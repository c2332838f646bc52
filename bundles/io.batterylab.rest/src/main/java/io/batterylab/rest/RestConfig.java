package io.batterylab.rest;

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
 */
public record RestConfig(String host, int port, String jwtSecret, Duration tokenLifetime, boolean autostart,
        long maxJsonBytes, long maxUploadBytes, Path spoolDirectory) {

    public RestConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("REST port must be 0..65535, got " + port);
        }
    }

    public RestConfig withPort(int newPort) {
        return new RestConfig(host, newPort, jwtSecret, tokenLifetime, autostart, maxJsonBytes, maxUploadBytes,
                spoolDirectory);
    }

    @Override
    public String toString() {
        return "RestConfig[host=" + host + ", port=" + port + ", tokenLifetime=" + tokenLifetime + ", autostart="
                + autostart + ", maxUploadBytes=" + maxUploadBytes + "]";
    }
}
