package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No user reaches, lists or learns of another user's devices or alarms, and nobody claims another's node. */
class DeviceIsolationTest extends MonitorFixture {

    @Test
    void givenAlicesNodeWithAnAlarm_whenBobUsesEveryRoute_then404AndHisListsNeverShowIt() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        claim(alice, "alice-node");
        receive("alice-node", 40, 30.0, DeviceStatus.NORMAL);
        receive("alice-node", 20, 95.0, DeviceStatus.NORMAL);
        long alarm = json(get("/api/alarms", alice)).get("items").get(0).get("id").asLong();
        String device = "/api/devices/alice-node";

        for (String path : List.of(device, device + "/latest", device + "/series")) {
            assertError(404, "not_found", get(path, bob));
        }
        assertError(404, "not_found", put(device + "/name", bob, "{\"name\":\"mine\"}"));
        assertError(404, "not_found", put(device + "/detectors", bob, "{\"detectors\":[\"rise\"]}"));
        assertError(404, "not_found", postJson(device + "/status", bob, "{\"status\":\"normal\"}"));
        assertError(404, "not_found", delete(device, bob));
        assertError(404, "not_found", postJson("/api/alarms/" + alarm + "/acknowledge", bob, ""));
        assertError(404, "not_found", postJson("/api/alarms/999999/acknowledge", bob, ""));

        assertEquals(0, json(get("/api/devices", bob)).get("items").size());
        assertEquals(0, json(get("/api/alarms", bob)).get("items").size());
        assertEquals(0, json(get("/api/alarms?device=alice-node", bob)).get("items").size());
        assertTrue(sent.isEmpty(), "nothing sent to alice's node: " + sent);
        assertEquals("cell alice-node", json(get(device, alice)).get("name").asText());
        assertEquals("raised", json(get("/api/alarms", alice)).get("items").get(0).get("state").asText());
    }

    @Test
    void givenAlicesNode_whenBobClaimsIt_then409SayingAnotherUserHoldsItAndNothingOfAlice() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        claim(alice, "shared-rig");

        HttpResponse<String> refused = postJson("/api/devices", bob, "{\"deviceId\":\"shared-rig\",\"name\":\"x\"}");

        assertError(409, "device_claimed", refused);
        String message = json(refused).get("message").asText();
        assertTrue(message.contains("shared-rig") && message.contains("another user"), message);
        assertFalse(message.contains("alice"), message);
        assertEquals(0, json(get("/api/devices", bob)).get("items").size());
        assertEquals(204, delete("/api/devices/shared-rig", alice).statusCode());
        claim(bob, "shared-rig");
    }
}
