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
 * to an address they reach). Who may connect is its {@link BrokerAccess}: anonymous clients on loopback, on the
 * network only a logged-in user unless anonymous clients were chosen explicitly; optionally a second listener
 * speaks MQTT over TLS. Messages are kept in memory only, and Moquette's metrics, error reporting and telemetry are
 * off (nothing leaves the machine).
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Server server;
    private final int port;
    private final int tlsPort;

    private EmbeddedBroker(Server server, int port, int tlsPort) {
        this.server = server;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /**
     * Starts the broker and returns once it accepts connections.
     *
     * @throws IOException when the address cannot be bound (say, the port is taken) or the keystore cannot be
     *         read, naming the settings
     */
    public static EmbeddedBroker start(MonitorConfig.Listen listen) throws IOException {
        // Moquette binds in the background and only logs a failure, so the port is checked (or, for 0, chosen) here
        int port = freePort(listen.host(), listen.port(), "mqtt.embedded.host, mqtt.embedded.port");
        BrokerAccess access = listen.access();
        Properties settings = new Properties();
        settings.setProperty("host", listen.host());
        settings.setProperty("port", Integer.toString(port));
        settings.setProperty("websocket_port", "disabled");
        settings.setProperty("allow_anonymous", Boolean.toString(access.anonymous()));
        settings.setProperty("persistence_enabled", "false");
        settings.setProperty("telemetry_enabled", "false");
        settings.setProperty("use_metrics", "false");
        settings.setProperty("use_bugsnag", "false");
        settings.setProperty("netty.epoll", "false");
        int tlsPort = access.tls() == null ? -1 : BrokerKeystore.listen(listen.host(), access.tls(), settings);
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(settings), null, null,
                    access.loginRequired() ? new LoginCheck(access.user(), access.password()) : null, null);
            awaitListening(listen.host(), port);
            if (tlsPort > 0) {
                awaitListening(listen.host(), tlsPort);
            }
        } catch (IOException | RuntimeException e) {
            server.stopServer();
            throw refused(listen.host(), listen.port(), "mqtt.embedded.host, mqtt.embedded.port", e);
        }
        log(listen, port, tlsPort);
        return new EmbeddedBroker(server, port, tlsPort);
    }

    private static void log(MonitorConfig.Listen listen, int port, int tlsPort) {
        BrokerAccess access = listen.access();
        String where = listen.host() + ":" + port + (tlsPort > 0 ? " and " + listen.host() + ":" + tlsPort
                + " (TLS)" : " (no TLS)");
        if (access.loginRequired()) {
            LOG.info("Embedded MQTT broker listening on {}; clients must log in as '{}' (mqtt.embedded.user)", where,
                    access.user());
        } else if (BrokerAccess.loopback(listen.host())) {
            LOG.info("Embedded MQTT broker listening on {}; anonymous clients of this machine only", where);
        } else {
            LOG.warn("Embedded MQTT broker listening on {}; ANONYMOUS clients accepted from the network"
                    + " (mqtt.embedded.anonymous=true): anyone who reaches it can send readings and statuses", where);
        }
    }

    static int freePort(String host, int port, String settings) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw refused(host, port, settings, e);
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

    private static IOException refused(String host, int port, String settings, Exception cause) {
        return new IOException("cannot start the embedded MQTT broker on " + host + ":" + port + " (" + settings
                + "): " + cause.getMessage(), cause);
    }

    /** The port it listens on (the one chosen when port 0 was asked). */
    public int port() {
        return port;
    }

    /** The port of its TLS listener (the one chosen when port 0 was asked), or -1 when it has none. */
    public int tlsPort() {
        return tlsPort;
    }

    @Override
    public void close() {
        server.stopServer();
        LOG.info("Embedded MQTT broker stopped");
    }
}
