package io.batterylab.rest;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A server with monitoring off: the device and alarm routes exist and say why they cannot serve, with 503. */
class MonitoringUnavailableTest extends RestFixture {

    @Test
    void givenMonitoringOff_whenCallingItsRoutes_then503SayingHowToTurnItOn() throws Exception {
        String token = userToken("alice");

        for (String path : List.of("/api/devices", "/api/devices/n1", "/api/devices/n1/latest",
                "/api/devices/n1/series", "/api/alarms")) {
            assertError(503, "service_unavailable", get(path, token));
        }
        assertError(503, "service_unavailable",
                postJson("/api/devices", token, "{\"deviceId\":\"n1\",\"name\":\"x\"}"));
        assertError(503, "service_unavailable", postJson("/api/alarms/1/acknowledge", token, ""));
        assertError(503, "service_unavailable", delete("/api/devices/n1", token));
        org.junit.jupiter.api.Assertions.assertTrue(json(get("/api/alarms", token)).get("message").asText()
                .contains("mqtt.broker"));
    }
}
