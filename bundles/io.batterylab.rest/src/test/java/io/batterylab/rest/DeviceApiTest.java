package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.plugin.DeviceStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The device and alarm routes over the real monitor and store: claim, watch, correct by hand, acknowledge. */
class DeviceApiTest extends MonitorFixture {

    @Test
    void givenClaimedNode_whenItSends_thenListedWithLastSeenBothStatusesAndLatestSample() throws Exception {
        String token = userToken("alice");
        assertEquals(0, json(get("/api/devices", token)).get("items").size());
        claim(token, "node-1");
        assertError(404, "no_sample", get("/api/devices/node-1/latest", token));

        receive("node-1", 120, 31.5, DeviceStatus.NORMAL);

        JsonNode device = json(get("/api/devices", token)).get("items").get(0);
        assertEquals("node-1", device.get("deviceId").asText());
        assertEquals("cell node-1", device.get("name").asText());
        assertEquals(Instant.ofEpochMilli(clock.millis()).toString(), device.get("lastSeen").asText());
        assertEquals("normal", device.get("deviceStatus").asText());
        assertEquals("normal", device.get("modelStatus").asText());
        assertEquals(List.of("threshold", "rise"), JSON.convertValue(device.get("detectors"), List.class));
        JsonNode latest = json(get("/api/devices/node-1/latest", token));
        assertEquals(31.5, latest.get("channels").get("temp_internal_c").asDouble());
        assertEquals(1, latest.get("count").asInt());
        assertEquals(Instant.ofEpochMilli(clock.millis()).toString(), latest.get("receivedAt").asText());
    }

    @Test
    void givenTwentyMinutesOfSamples_whenSeriesAsked_thenDownsampledServerSideToThePointsAsked() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");
        Instant start = clock.instant();
        receive("node-1", 2_400, 30.0, DeviceStatus.NORMAL);

        String range = "?from=" + start + "&to=" + clock.instant().toEpochMilli() + "&points=60";
        JsonNode series = json(get("/api/devices/node-1/series" + range, token));
        JsonNode defaultRange = json(get("/api/devices/node-1/series", token));

        assertEquals(60, series.get("items").size(), "20 min cut into 60 buckets");
        int total = 0;
        for (JsonNode point : series.get("items")) {
            total += point.get("count").asInt();
            assertEquals(30.0, point.get("channels").get("temp_internal_c").asDouble(), 1e-9);
        }
        assertEquals(2_400, total, "every sample in exactly one point");
        assertEquals(start.toString(), series.get("from").asText());
        assertEquals(Instant.parse(defaultRange.get("to").asText()).minus(Duration.ofMinutes(10)).toString(),
                defaultRange.get("from").asText());
        assertTrue(defaultRange.get("items").size() <= 600 && defaultRange.get("items").size() > 500,
                "the last 10 min at 2 Hz, at most 600 points: " + defaultRange.get("items").size());
    }

    @Test
    void givenDevice_whenRenamedDetectorsChosenAndRemoved_thenEachIsVisibleAndTheIdCanBeClaimedAgain()
            throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");

        JsonNode renamed = json(put("/api/devices/node-1/name", token, "{\"name\":\"rack 3, slot 2\"}"));
        HttpResponse<String> detectors = put("/api/devices/node-1/detectors", token, "{\"detectors\":[\"rise\"]}");
        HttpResponse<String> again = postJson("/api/devices", token, "{\"deviceId\":\"node-1\",\"name\":\"x\"}");

        assertEquals("rack 3, slot 2", renamed.get("name").asText());
        assertEquals(200, detectors.statusCode(), detectors.body());
        assertEquals("[\"rise\"]", json(get("/api/devices/node-1", token)).get("detectors").toString());
        assertEquals(200, again.statusCode(), "claiming one's own id again: " + again.body());
        assertEquals(204, delete("/api/devices/node-1", token).statusCode());
        assertError(404, "not_found", get("/api/devices/node-1", token));
        claim(token, "node-1");
    }

    @Test
    void givenDevice_whenStatusSentByHand_thenCommandGoesToTheNodeAndIsRecordedAsTheUsers() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");

        HttpResponse<String> sentDanger = postJson("/api/devices/node-1/status", token, "{\"status\":\"danger\"}");

        assertEquals(204, sentDanger.statusCode(), sentDanger.body());
        assertEquals(List.of("node-1=DANGER"), sent);
        var corrections = monitor.stores().alarms().corrections(userId(token), "node-1", 10);
        assertEquals(1, corrections.size());
        assertEquals(userId(token), corrections.getFirst().userId());
    }

    @Test
    void givenOverheatingNode_whenAlarmRaised_thenListedOpenAndAcknowledgedOnce() throws Exception {
        String token = userToken("alice");
        claim(token, "node-1");
        receive("node-1", 40, 30.0, DeviceStatus.NORMAL);
        receive("node-1", 20, 95.0, DeviceStatus.NORMAL);

        JsonNode alarms = json(get("/api/alarms?state=open&device=node-1", token)).get("items");
        assertEquals(1, alarms.size(), alarms.toString());
        JsonNode alarm = alarms.get(0);
        assertEquals("raised", alarm.get("state").asText());
        assertEquals("danger", alarm.get("severity").asText());
        assertTrue(alarm.get("values").get("temp_internal_c").asDouble() > 60);
        long id = alarm.get("id").asLong();

        JsonNode acknowledged = json(postJson("/api/alarms/" + id + "/acknowledge", token, ""));
        assertEquals("acknowledged", acknowledged.get("state").asText());
        assertEquals(userId(token), acknowledged.get("acknowledgedBy").asLong());
        assertError(409, "already_acknowledged", postJson("/api/alarms/" + id + "/acknowledge", token, ""));
        assertFalse(json(get("/api/alarms", token)).get("items").isEmpty());
        assertEquals(0, json(get("/api/alarms?device=other", token)).get("items").size());
    }

    @Test
    void givenRealAnswers_thenTheirFieldsAreTheDocumentedProperties() throws Exception {
        JsonNode schemas = json(get("/api/openapi.json", null)).get("components").get("schemas");
        String token = userToken("alice");
        claim(token, "node-1");
        receive("node-1", 40, 30.0, DeviceStatus.NORMAL);
        receive("node-1", 20, 95.0, DeviceStatus.NORMAL);

        assertSameFields(schemas.get("DeviceView"), json(get("/api/devices/node-1", token)));
        assertSameFields(schemas.get("SampleView"), json(get("/api/devices/node-1/latest", token)));
        assertSameFields(schemas.get("DeviceSeriesView"), json(get("/api/devices/node-1/series", token)));
        assertSameFields(schemas.get("AlarmView"), json(get("/api/alarms", token)).get("items").get(0));
    }

    private static void assertSameFields(JsonNode schema, JsonNode answer) {
        java.util.Set<String> documented = new java.util.TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(documented::add);
        java.util.Set<String> written = new java.util.TreeSet<>();
        answer.fieldNames().forEachRemaining(written::add);
        assertEquals(documented, written, answer.toString());
    }
}
