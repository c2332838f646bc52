package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.plugin.DeviceStatus;
import org.junit.jupiter.api.Test;

/**
 * Live monitoring over HTTP end to end: the monitor's samples, alarms and corrections reach the owner's
 * {@code /api/events} stream through the same bus as in the product, and nothing of them reaches another user's.
 */
class DeviceEventStreamTest extends MonitorFixture {

    @Test
    void givenAliceAndBobStreaming_whenAlicesNodeOverheats_thenSheSeesSamplesAlarmAndCorrectionsLiveAndBobNothing()
            throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        claim(alice, "node-1");
        try (EventStream aliceStream = new EventStream(http, base, alice);
                EventStream bobStream = new EventStream(http, base, bob)) {
            aliceStream.awaitConnected();
            bobStream.awaitConnected();

            receive("node-1", 40, 30.0, DeviceStatus.NORMAL);
            JsonNode sample = aliceStream.nextEvent("sample").get("data");
            receive("node-1", 20, 95.0, DeviceStatus.NORMAL);
            JsonNode raised = aliceStream.nextEvent("alarm");

            assertEquals("device", sample.get("job").asText());
            assertEquals("node-1", sample.get("device").asText());
            assertEquals(30.0, sample.get("channels").get("temp_internal_c").asDouble());
            assertEquals("NORMAL", sample.get("deviceStatus").asText());
            assertEquals("node-1", raised.get("data").get("device").asText());
            assertEquals("DANGER", raised.get("data").get("severity").asText());
            assertEquals("RAISED", raised.get("data").get("state").asText());

            long alarmId = raised.get("data").get("alarmId").asLong();
            assertEquals(200, postJson("/api/alarms/" + alarmId + "/acknowledge", alice, "").statusCode());
            JsonNode acknowledged = aliceStream.nextEvent("alarm").get("data");
            assertEquals(204, postJson("/api/devices/node-1/status", alice, "{\"status\":\"normal\"}").statusCode());
            JsonNode correction = aliceStream.nextEvent("correction").get("data");

            assertEquals("ACKNOWLEDGED", acknowledged.get("state").asText());
            assertEquals(alarmId, acknowledged.get("alarmId").asLong());
            assertEquals("NORMAL", correction.get("command").asText());
            assertTrue(correction.get("manual").asBoolean());
            assertTrue(bobStream.noEventWithin(1500), "bob hears nothing of alice's node");
        }
    }
}
