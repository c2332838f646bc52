package io.batterylab.product.acceptance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The built product's headless server ({@code batterylab/batterylab-server}) in a process of its own, over a fresh
 * home on a free loopback port: what a user starts, nothing stubbed.
 */
public final class ProductServer implements AutoCloseable {
    private final Process process;
    private final Path home;
    private final Path log;
    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ProductServer(Process process, Path home, Path log, int port) {
        this.process = process;
        this.home = home;
        this.log = log;
        this.api = "http://127.0.0.1:" + port + "/api";
    }

    /** The product folder the build materialises, relative to the repository root. */
    public static final String PRODUCT =
            "releng/io.batterylab.product/target/products/io.batterylab.product/linux/gtk/x86_64/batterylab";

    /** Starts the server over an empty home and waits until its health check answers. */
    public static ProductServer start(Path product, Path home, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(home);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = home.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(product.resolve("batterylab-server").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BATTERYLAB_HOME", home.toString());
        builder.environment().put("BATTERYLAB_REST_PORT", Integer.toString(port));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the product's own MQTT broker (on by default) on a free port: 1883 may be taken on a developer's machine
        builder.environment().put("BATTERYLAB_MQTT_EMBEDDED_PORT", "0");
        ProductServer server = new ProductServer(builder.start(), home, log, port);
        server.awaitHealthy(timeout);
        return server;
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ": " + logTail());
            }
            if (isHealthy()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not answer /api/health within " + timeout + ": " + logTail());
    }

    public boolean isHealthy() throws InterruptedException {
        try {
            return send(HttpRequest.newBuilder(URI.create(api + "/health")).GET().build()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** What the server printed (its console log). */
    public Path log() {
        return log;
    }

    public Path home() {
        return home;
    }

    public Path pluginsFolder() {
        return home.resolve("plugins");
    }

    public String api() {
        return api;
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The last lines of the server's console, to explain a failure. */
    public String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server as Ctrl+C does (SIGTERM), forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
