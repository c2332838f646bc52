package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed requests to the device and alarm routes are 400s that name what is wrong; huge ranges are clamped. */
class DeviceRobustnessTest extends MonitorFixture {

    @Test
    void givenMalformedBodies_whenClaimingRenamingChoosingOrSending_then400NamingTheField() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");
        Map<String, String> claims = Map.of(
                "{}", "deviceId",
                "{\"deviceId\":\"n2\"}", "name",
                "{\"deviceId\":\"btr/+/sensor\",\"name\":\"x\"}", "device id",
                "{\"deviceId\":7,\"name\":\"x\"}", "deviceId",
                "{\"deviceId\":\"n2\",\"name\":\"x\",\"owner\":1}", "owner",
                "{\"deviceId\":\"n2\",\"name\":\"" + "x".repeat(256) + "\"}", "name",
                "null", "JSON object",
                "{\"deviceId\":", "JSON");
        for (var claim : claims.entrySet()) {
            assertBadRequestNaming(claim.getValue(), postJson("/api/devices", token, claim.getKey()));
        }
        assertBadRequestNaming("name", put("/api/devices/node-1/name", token, "{\"name\":\" \"}"));
        assertBadRequestNaming("detectors", put("/api/devices/node-1/detectors", token, "{}"));
        assertBadRequestNaming("detectors", put("/api/devices/node-1/detectors", token, "{\"detectors\":[]}"));
        assertBadRequestNaming("'nope' is not installed", put("/api/devices/node-1/detectors", token,
                "{\"detectors\":[\"nope\"]}"));
        assertBadRequestNaming("status", postJson("/api/devices/node-1/status", token, "{\"status\":\"panic\"}"));
        assertBadRequestNaming("status", postJson("/api/devices/node-1/status", token, "{}"));
        assertTrue(sent.isEmpty(), "nothing sent on a refused command: " + sent);
        assertEquals("[\"threshold\",\"rise\"]", json(get("/api/devices/node-1", token)).get("detectors").toString());
    }

    @Test
    void givenBadQueryParameters_then400NamingTheParameter() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");
        String series = "/api/devices/node-1/series";

        assertBadRequestNaming("'from'", get(series + "?from=yesterday", token));
        assertBadRequestNaming("'to'", get(series + "?to=99999999999999999999", token));
        assertBadRequestNaming("'from'", get(series + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", token));
        assertBadRequestNaming("'points'", get(series + "?points=0", token));
        assertBadRequestNaming("'points'", get(series + "?points=1000000", token));
        assertBadRequestNaming("'state'", get("/api/alarms?state=loud", token));
        assertBadRequestNaming("'limit'", get("/api/alarms?limit=-1", token));
        assertBadRequestNaming("'id'", postJson("/api/alarms/abc/acknowledge", token, ""));
    }

    @Test
    void givenHugeRange_whenSeriesAsked_thenClampedToTheNewestYearAndAnswered() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");
        receive("node-1", 10, 30.0, io.batterylab.core.plugin.DeviceStatus.NORMAL);

        HttpResponse<String> response = get("/api/devices/node-1/series?from=0&to=" + clock.millis(), token);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode series = json(response);
        assertEquals(Instant.ofEpochMilli(clock.millis()).minus(Duration.ofDays(366)),
                Instant.parse(series.get("from").asText()));
        assertEquals(10, series.get("items").get(0).get("count").asInt(), series.toString());
    }

    private static void assertBadRequestNaming(String what, HttpResponse<String> response) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(json(response).get("message").asText().contains(what), what + " in " + response.body());
    }
}
