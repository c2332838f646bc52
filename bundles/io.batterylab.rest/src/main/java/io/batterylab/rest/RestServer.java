package io.batterylab.rest;

/**
 * The embedded REST server as an OSGi service. It is not started by merely being installed (the workbench does not
 * serve REST unless {@code rest.autostart=true}); the headless server application starts it.
 */
public interface RestServer {
    /**
     * Starts serving unless already running.
     *
     * @return the bound TCP port (the actual one when the configured port is 0)
     * @throws Exception when the port cannot be bound
     */
    int start() throws Exception;

    void stop() throws Exception;

    boolean isRunning();

    /** The bound port, or -1 when not running. */
    int port();

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}; null when not running. */
    String baseUrl();
}
