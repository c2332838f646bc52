package io.batterylab.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.rest.RestServer;
import io.batterylab.test.support.Services;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The REST component in Equinox with DS, over the real services: it is registered but not serving until started
 * (the workbench does not serve REST), then answers on the port the test configuration asks for
 * (-Dbatterylab.rest.port=0: any free port).
 */
class RestServerOsgiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void givenRunningFramework_whenRestServerStarted_thenOpenApiAndAuthenticatedBatteryListAnswer() throws Exception {
        RestServer rest = Services.await(RestServer.class);
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        assertFalse(rest.isRunning(), "installed is not serving: the workbench starts no server");

        int port = rest.start();
        try {
            assertTrue(port > 0);
            assertEquals("http://127.0.0.1:" + port, rest.baseUrl());
            HttpResponse<String> doc = get(rest.baseUrl() + "/api/openapi.json", null);
            assertEquals(200, doc.statusCode());
            assertTrue(doc.body().contains("\"/api/batteries\""), doc.body());

            String user = "osgi" + System.nanoTime();
            String credentials = "{\"username\":\"" + user + "\",\"password\":\"long enough password\"}";
            assertEquals(201, post(rest.baseUrl() + "/api/auth/register", credentials).statusCode());
            HttpResponse<String> login = post(rest.baseUrl() + "/api/auth/login", credentials);
            assertEquals(200, login.statusCode(), login.body());
            Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login.body());
            assertTrue(token.find());

            HttpResponse<String> batteries = get(rest.baseUrl() + "/api/batteries?source=built_in", token.group(1));
            assertEquals(200, batteries.statusCode());
            assertEquals(124, count(batteries.body(), "\"synthetic\":true"), "the built-in cells, labelled synthetic");
            assertEquals(401, get(rest.baseUrl() + "/api/batteries", null).statusCode());
            swaggerUiAndEventSocketAreServed(rest.baseUrl(), token.group(1));
            trainingComesAndGoesWithItsBundle(rest.baseUrl(), token.group(1));
        } finally {
            rest.stop();
        }
        assertFalse(rest.isRunning());
        assertEquals(-1, rest.port());
    }

    /** The training services are optional dynamic references: served while their bundle runs, a 503 while it does not. */
    private void trainingComesAndGoesWithItsBundle(String base, String token) throws Exception {
        Bundle jobs = Arrays.stream(FrameworkUtil.getBundle(RestServer.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.batterylab.jobs")).findFirst().orElseThrow();
        Services.await(TrainingJobService.class);
        HttpResponse<String> algorithms = get(base + "/api/algorithms", token);
        assertEquals(200, algorithms.statusCode(), algorithms.body());
        assertEquals("{\"items\":[]}", get(base + "/api/training-jobs", token).body());

        jobs.stop();
        try {
            HttpResponse<String> gone = get(base + "/api/training-jobs", token);
            assertEquals(503, gone.statusCode(), gone.body());
            assertTrue(gone.body().contains("\"service_unavailable\""), gone.body());
        } finally {
            jobs.start();
        }
        Services.await(TrainingJobService.class);
        assertEquals(200, get(base + "/api/model-versions", token).statusCode());
    }

    /**
     * The API page's Swagger UI comes from the WebJar bundle this one requires, and the event WebSocket runs on
     * Jetty's WebSocket bundles: both only work if those resolve and are wired in the framework.
     */
    private void swaggerUiAndEventSocketAreServed(String base, String token) throws Exception {
        HttpResponse<String> swaggerUi = get(base + "/api/docs/swagger-ui-bundle.js", null);
        assertEquals(200, swaggerUi.statusCode(), swaggerUi.body());
        assertTrue(swaggerUi.body().contains("SwaggerUIBundle"));

        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http:", "ws:") + "/api/ws"),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        first.complete(data.toString());
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
            assertTrue(first.get(10, TimeUnit.SECONDS).startsWith("{\"type\":\"ready\""), first.get());
        } finally {
            socket.abort();
        }
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
