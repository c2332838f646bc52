package io.batterylab.rest.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.service.JobEvent;
import io.batterylab.rest.http.Caller;
import io.batterylab.rest.http.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocketMessagesTest {
    private final SocketMessages messages = new SocketMessages(new Json());

    @Test
    void givenAnAuthMessage_thenItsToken() {
        assertEquals(Optional.of("abc.def"), messages.authToken("{\"type\":\"auth\",\"token\":\"abc.def\"}"));
    }

    @Test
    void givenAnythingElse_thenNoToken() {
        for (String text : new String[] {"", "hello", "[]", "{}", "{\"type\":\"auth\"}", "{\"token\":\"x\"}",
                "{\"type\":\"auth\",\"token\":42}", "{\"type\":\"auth\",\"token\":\" \"}",
                "{\"type\":\"hello\",\"token\":\"x\"}", "null"}) {
            assertTrue(messages.authToken(text).isEmpty(), text);
        }
    }

    @Test
    void givenAnEvent_thenTheEventStreamsObjectUnderEvent() {
        JobEvent event = new JobEvent(JobEvent.METRICS, 3, 4L, Instant.parse("2026-11-30T12:00:00Z"),
                Map.of("epoch", 2));

        assertEquals("{\"type\":\"event\",\"id\":9,\"event\":{\"kind\":\"metrics\",\"jobId\":3,\"runId\":4,"
                + "\"time\":\"2026-11-30T12:00:00Z\",\"data\":{\"epoch\":2}}}", messages.event(9, event));
    }

    @Test
    void givenReadyAndEnd_thenTheirDocumentedShapes() {
        assertEquals("{\"type\":\"ready\",\"userId\":5,\"expiresAt\":\"2026-11-30T12:00:00Z\"}",
                messages.ready(new Caller(5, "jti", Instant.parse("2026-11-30T12:00:00Z"))));
        assertEquals("{\"type\":\"end\",\"reason\":\"auth_timeout\",\"code\":4408,\"message\":\"too late\"}",
                messages.end(SocketClose.AUTH_TIMEOUT, "too late"));
    }
}
