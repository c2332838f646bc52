package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of the SSE endpoint that collects the stream's lines on a thread of its own. */
final class EventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    EventStream(HttpClient http, String base, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events"))
                .header("Authorization", "Bearer " + token).GET().build();
        CompletableFuture<HttpResponse<InputStream>> future = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        response = future.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        });
    }

    void awaitConnected() throws InterruptedException {
        String first = lines.poll(10, TimeUnit.SECONDS);
        assertEquals(": connected", first);
    }

    /** The data of the next event of this kind, skipping keep-alive comments. */
    JsonNode nextEvent(String kind) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean inEvent = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event: " + kind)) {
                inEvent = true;
            } else if (inEvent && line.startsWith("data: ")) {
                return JSON.readTree(line.substring(6));
            }
        }
        assertNotNull(null, "no '" + kind + "' event within 10 s");
        return null;
    }

    /** True when only comments (keep-alives) arrive during the time. */
    boolean noEventWithin(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("event:")) {
                return false;
            }
        }
        return true;
    }

    /** Whether keep-alive comments have been seen (the stream is live). */
    boolean sawKeepAlive(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (": keep-alive".equals(line)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        response.body().close();
        reader.join(5000);
    }
}
