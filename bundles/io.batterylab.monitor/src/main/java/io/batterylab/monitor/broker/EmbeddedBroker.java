package io.batterylab.monitor.broker;

import io.batterylab.monitor.MonitorConfig;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT broker a lab runs with nothing installed ({@code mqtt.broker=embedded}): Moquette in this process,
 * listening on {@code mqtt.embedded.host:port} (loopback by default; nodes on the lab network need the host set
 * to an address they reach). Anonymous clients are accepted, as on a Mosquitto in its default local mode; messages
 * are kept in memory only, and Moquette's metrics, error reporting and telemetry are off (nothing leaves the
 * machine).
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Server server;
    private final int port;

    private EmbeddedBroker(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the broker and returns once it accepts connections.
     *
     * @throws IOException when the address cannot be bound (say, the port is taken), naming the settings
     */
    public static EmbeddedBroker start(MonitorConfig.Listen listen) throws IOException {
        // Moquette binds in the background and only logs a failure, so the port is checked (or, for 0, chosen) here
        int port = freePort(listen);
        Properties settings = new Properties();
        settings.setProperty("host", listen.host());
        settings.setProperty("port", Integer.toString(port));
        settings.setProperty("websocket_port", "disabled");
        settings.setProperty("allow_anonymous", "true");
        settings.setProperty("persistence_enabled", "false");
        settings.setProperty("telemetry_enabled", "false");
        settings.setProperty("use_metrics", "false");
        settings.setProperty("use_bugsnag", "false");
        settings.setProperty("netty.epoll", "false");
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(settings));
            awaitListening(listen.host(), port);
        } catch (IOException | RuntimeException e) {
            server.stopServer();
            throw refused(listen, e);
        }
        LOG.info("Embedded MQTT broker listening on {}:{}", listen.host(), port);
        return new EmbeddedBroker(server, port);
    }

    private static int freePort(MonitorConfig.Listen listen) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(listen.host()), listen.port()));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw refused(listen, e);
        }
    }

    private static void awaitListening(String host, int port) throws IOException {
        String target = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(target, port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("it did not listen within 10 s", e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while it started", interrupted);
                }
            }
        }
    }

    private static IOException refused(MonitorConfig.Listen listen, Exception cause) {
        return new IOException("cannot start the embedded MQTT broker on " + listen.host() + ":" + listen.port()
                + " (mqtt.embedded.host, mqtt.embedded.port): " + cause.getMessage(), cause);
    }

    /** The port it listens on (the one chosen when port 0 was asked). */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stopServer();
        LOG.info("Embedded MQTT broker stopped");
    }
}
