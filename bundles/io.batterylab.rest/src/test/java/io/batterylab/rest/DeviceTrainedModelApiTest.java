package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.core.plugin.DeviceStatus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's trained detector models over REST: listed among the user's detector choices only, chosen for the user's
 * device as model:{id}, refused to another user exactly like an id nobody has, and after its deletion the device
 * says why the threshold detector runs instead.
 */
class DeviceTrainedModelApiTest extends MonitorFixture {

    @Test
    void givenAlicesModel_thenSheCanRunItOnHerDeviceBobCannotAndItsDeletionIsShownOnTheDevice() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        monitor();
        Detector rise = installedDetectors().find("rise").orElseThrow();
        StoredDetectorModel model = detectorModels.save(userId(alice), rise.train(null, rise.defaultSettings()), rise,
                List.of(), Map.of());
        String choice = "model:" + model.id();
        claim(alice, "node-1");
        claim(bob, "node-b");

        JsonNode choices = json(get("/api/detector-choices", alice)).get("items");
        JsonNode bobsChoices = json(get("/api/detector-choices", bob)).get("items");
        HttpResponse<String> chosen = put("/api/devices/node-1/detectors", alice,
                "{\"detectors\":[\"" + choice + "\"]}");
        HttpResponse<String> bobTakes = put("/api/devices/node-b/detectors", bob,
                "{\"detectors\":[\"" + choice + "\"]}");
        HttpResponse<String> bobUnknown = put("/api/devices/node-b/detectors", bob,
                "{\"detectors\":[\"model:987\"]}");

        assertEquals(List.of("threshold", "rise", choice), ids(choices));
        assertEquals("rise model #" + model.id(), choices.get(2).get("name").asText());
        assertTrue(choices.get(2).get("trained").asBoolean());
        assertEquals(List.of("threshold", "rise"), ids(bobsChoices));
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals("[\"" + choice + "\"]", json(chosen).get("detectors").toString());
        assertError(400, "invalid_request", bobTakes);
        assertEquals(json(bobUnknown).get("message").asText().replace("987", "" + model.id()),
                json(bobTakes).get("message").asText(), "alice's model reads as none to bob");
        assertEquals("[\"threshold\",\"rise\"]", json(get("/api/devices/node-b", bob)).get("detectors").toString());

        receive("node-1", 4, 30.0, DeviceStatus.NORMAL);
        assertEquals(0, json(get("/api/devices/node-1", alice)).get("detectorProblems").size());
        assertTrue(detectorModels.delete(userId(alice), model.id()));
        monitor.dropDeletedModels();
        receive("node-1", 2, 30.0, DeviceStatus.NORMAL);

        JsonNode problems = json(get("/api/devices/node-1", alice)).get("detectorProblems");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).asText().contains(choice + " cannot run: detector model #" + model.id()
                + " was deleted; the threshold detector runs instead"), problems.toString());
        assertEquals(List.of("threshold", "rise"), ids(json(get("/api/detector-choices", alice)).get("items")));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
