package io.batterylab.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.monitor.MonitorService;
import io.batterylab.rest.RestServer;
import io.batterylab.test.support.NodeSimulator;
import io.batterylab.test.support.Services;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The monitor component in Equinox with DS and {@code mqtt.broker=embedded}: it starts its own broker, a simulated
 * node publishes to it, and the node's samples reach {@code /api/devices/{id}/latest} of the REST component, which
 * takes the monitor as an optional service. Monitoring is turned on for this test only (the monitor bundle is
 * restarted with the setting, and again without it at the end).
 */
class MonitoringOsgiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    /** Unique per run: the test home (and its database) outlives a run, and a node id has one owner. */
    private final String deviceId = "osgi-" + System.nanoTime();

    @Test
    void givenEmbeddedBroker_whenANodePublishes_thenItsSamplesReachTheLatestSampleRoute() throws Exception {
        Bundle monitorBundle = Arrays.stream(FrameworkUtil.getBundle(RestServer.class).getBundleContext()
                .getBundles()).filter(b -> b.getSymbolicName().equals("io.batterylab.monitor")).findFirst()
                .orElseThrow();
        int brokerPort;
        try (ServerSocket free = new ServerSocket(0)) {
            brokerPort = free.getLocalPort();
        }
        RestServer rest = Services.await(RestServer.class);
        System.setProperty("batterylab.mqtt.broker", "embedded");
        System.setProperty("batterylab.mqtt.embedded.port", Integer.toString(brokerPort));
        monitorBundle.stop();
        monitorBundle.start();
        int port = rest.start();
        Path log = Files.createTempFile("btr-node-sim", ".log");
        try {
            Services.await(MonitorService.class);
            String base = "http://127.0.0.1:" + port;
            String token = login(base);
            HttpResponse<String> claimed = post(base + "/api/devices", token,
                    "{\"deviceId\":\"" + deviceId + "\",\"name\":\"bench cell\"}");
            assertEquals(201, claimed.statusCode(), claimed.body());

            try (NodeSimulator simulator = NodeSimulator.start(log, "--port", Integer.toString(brokerPort),
                    "--device-id", deviceId, "--duration", "30")) {
                Services.awaitTrue(() -> latest(base, token).statusCode() == 200,
                        "a sample of " + deviceId + " at /api/devices/{id}/latest (simulator: "
                                + simulator.output() + ")");
            }
            String latest = latest(base, token).body();
            assertTrue(latest.contains("\"temp_internal_c\""), latest);
            assertTrue(latest.contains("\"deviceStatus\":\"normal\""), latest);
            // last seen is written by the sample writer at most every 2 s, so it may follow the sample by that much
            Services.awaitTrue(() -> {
                String devices = unchecked(base + "/api/devices", token).body();
                return devices.contains("\"deviceId\":\"" + deviceId + "\"") && devices.contains("\"lastSeen\":\"20");
            }, deviceId + " listed at /api/devices with when it was last seen");
        } finally {
            rest.stop();
            System.clearProperty("batterylab.mqtt.broker");
            System.clearProperty("batterylab.mqtt.embedded.port");
            monitorBundle.stop();
            monitorBundle.start();
            Files.deleteIfExists(log);
        }
    }

    private String login(String base) throws Exception {
        String user = "monitor" + System.nanoTime();
        String credentials = "{\"username\":\"" + user + "\",\"password\":\"long enough password\"}";
        assertEquals(201, post(base + "/api/auth/register", null, credentials).statusCode());
        HttpResponse<String> login = post(base + "/api/auth/login", null, credentials);
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login.body());
        assertTrue(token.find(), login.body());
        return token.group(1);
    }

    private HttpResponse<String> latest(String base, String token) {
        return unchecked(base + "/api/devices/" + deviceId + "/latest", token);
    }

    private HttpResponse<String> unchecked(String url, String token) {
        try {
            return get(url, token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
