package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.rest.http.Route;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** HEAD works wherever GET does: the same status and headers, no body; also for the endless event stream. */
class HeadRequestTest extends RestFixture {

    @Test
    void givenEveryGetRouteOfTheTable_whenAskedWithHead_thenSameStatusAndHeadersWithoutBody() throws Exception {
        String token = userToken("header");
        JsonNode upload = json(upload(token, "cells.csv", csv("c1", 20)));
        long batteryId = json(get("/api/batteries", token)).get("items").get(0).get("id").asLong();
        Map<String, String> values = Map.of("{id}", Long.toString(batteryId), "{asset}", "api-docs.css", "{runId}", "1",
                "{deviceId}", "node-1");
        int compared = 0;
        for (Route route : server.routes().routes()) {
            if (!route.method().equals("GET") || route.streams()) {
                continue;
            }
            String path = route.path();
            for (Map.Entry<String, String> v : values.entrySet()) {
                path = path.replace(v.getKey(), v.getValue());
            }
            if (route.path().startsWith("/api/uploads/")) {
                path = "/api/uploads/" + upload.get("id").asLong();
            }
            HttpResponse<String> get = get(path, token);
            HttpResponse<String> head = head(path, token);

            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(headersWithoutDate(get), headersWithoutDate(head), path);
            assertEquals("", head.body(), path);
            compared++;
        }
        assertTrue(compared >= 10, "GET routes compared: " + compared);
    }

    @Test
    void givenHeadOnAnUnknownPathOrWithoutToken_thenTheSameErrorStatusAsGet() throws Exception {
        assertEquals(404, head("/api/nothing", null).statusCode());
        assertEquals(401, head("/api/batteries", null).statusCode());
        assertEquals(head("/api/batteries", null).headers().firstValue("WWW-Authenticate"),
                get("/api/batteries", null).headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void givenTheEventStream_whenAskedWithHead_thenItsHeadAtOnceAndNoEndlessBody() throws Exception {
        String token = userToken("streamer");
        HttpResponse<InputStream> stream = http.send(request("/api/events", token).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        stream.body().close();

        long start = System.nanoTime();
        HttpResponse<String> head = head("/api/events", token);

        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "answered without waiting for the stream");
        assertEquals(stream.statusCode(), head.statusCode());
        assertEquals(stream.headers().firstValue("Content-Type").map(t -> t.split(";")[0]),
                head.headers().firstValue("Content-Type").map(t -> t.split(";")[0]));
        assertEquals("", head.body());
    }

    private HttpResponse<String> head(String path, String token) throws Exception {
        return send(request(path, token).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Map<String, Object> headersWithoutDate(HttpResponse<?> response) {
        Map<String, Object> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
