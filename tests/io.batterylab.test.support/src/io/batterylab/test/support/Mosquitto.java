package io.batterylab.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker of the test's own on a free loopback port (anonymous clients allowed), which can be stopped
 * and started again on the same port; or {@link #startSecured secured}: TLS only, with a certificate from a CA the
 * test made, and a password file. Without {@code mosquitto} installed the test is skipped, visibly, and fails when
 * {@code CI=true}.
 */
public final class Mosquitto implements AutoCloseable {
    private static final Path[] TOOL_FOLDERS = {Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/sbin"),
        Path.of("/usr/local/bin")};

    private final Path binary;
    private final Path config;
    private final Path log;
    private final int port;
    private final SecuredBroker tls;
    private Process process;

    private Mosquitto(Path binary, Path directory, int port, SecuredBroker tls) throws IOException {
        this.binary = binary;
        this.port = port;
        this.tls = tls;
        this.config = directory.resolve("mosquitto.conf");
        this.log = directory.resolve("mosquitto.log");
        // set_tcp_nodelay: without it a small publish may wait for a delayed ACK (p99 +20 ms, docs/benchmarks.md)
        Files.writeString(config, "listener " + port + " 127.0.0.1\nmax_queued_messages 100000\nset_tcp_nodelay true\n"
                + (tls == null ? "allow_anonymous true\n" : tls.configuration()));
    }

    /** Starts a broker; its files go into {@code directory}. */
    public static Mosquitto start(Path directory) {
        return start(directory, null);
    }

    /**
     * Starts a broker that speaks TLS only (server certificate for 127.0.0.1 signed by a CA made here) and lets in
     * only {@code user} with {@code password} (a {@code mosquitto_passwd} file). Its files go into {@code directory}.
     */
    public static Mosquitto startSecured(Path directory, String user, String password) {
        try {
            return start(directory, SecuredBroker.create(directory, user, password));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the certificates and password file of a secured mosquitto", e);
        }
    }

    private static Mosquitto start(Path directory, SecuredBroker tls) {
        Path binary = tool("mosquitto").orElse(null);
        if (binary == null) {
            return Unavailable.skipOrFail("mosquitto is not installed (apt-get install mosquitto)");
        }
        try {
            Mosquitto broker = new Mosquitto(binary, directory, freePort(), tls);
            broker.startProcess();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start mosquitto", e);
        }
    }

    /**
     * A program of the Mosquitto packages ({@code mosquitto}, {@code mosquitto_sub}, …) where Debian or a local
     * build installs it, or empty.
     */
    public static Optional<Path> tool(String name) {
        for (Path folder : TOOL_FOLDERS) {
            Path candidate = folder.resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public int port() {
        return port;
    }

    public String uri() {
        return (tls == null ? "tcp" : "ssl") + "://127.0.0.1:" + port;
    }

    /** The CA certificate (PEM) and a PKCS12 truststore holding it, of a secured broker. */
    public SecuredBroker tls() {
        return tls;
    }

    /** Stops the broker (its clients lose the connection). */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            process = null;
        }
    }

    /** Starts it again on the same port. */
    public void restart() {
        try {
            startProcess();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restart mosquitto on port " + port, e);
        }
    }

    private void startProcess() throws IOException {
        process = new ProcessBuilder(binary.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("mosquitto exited at start: " + Files.readString(log));
                }
                sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen on port " + port + " within 10 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
