package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.service.JobEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event WebSocket from a page in a real browser (headless Chromium): the API page, under its
 * Content-Security-Policy, opens {@code /api/ws}, authenticates with its first message and receives the event
 * published for its user, not the other user's published just before.
 */
class EventSocketInBrowserTest extends RestFixture {
    /** Runs in the page: resolves with the first event message, rejects with how the socket closed otherwise. */
    private static final String OPEN_SOCKET = """
            new Promise((resolve, reject) => {
              const ws = new WebSocket(location.origin.replace(/^http/, "ws") + "/api/ws");
              const seen = [];
              ws.onopen = () => ws.send(JSON.stringify({type: "auth", token: "%s"}));
              ws.onmessage = m => {
                const message = JSON.parse(m.data);
                seen.push(message.type);
                if (message.type === "event") { resolve(m.data); ws.close(); }
              };
              ws.onclose = c => reject(new Error("closed " + c.code + " " + c.reason + " after " + seen));
              setTimeout(() => reject(new Error("no event within 20 s; saw " + seen)), 20000);
            })""";

    @TempDir
    Path profile;

    @Test
    void givenTheApiPageInChromium_whenItOpensTheSocket_thenItReceivesItsUsersEventOnly() throws Exception {
        String alice = userToken("alice");
        long aliceId = userId(alice);
        long bobId = userId(userToken("bob"));
        try (BrowserPage page = BrowserPage.open(http, profile, base + "/api/docs")) {

            CompletableFuture<JsonNode> received = page.evaluate(OPEN_SOCKET.formatted(alice));
            awaitTrue(() -> server.streams().openStreams(aliceId) == 1 || received.isDone(), "the page authenticated");
            while (!received.isDone()) {
                events.publish(bobId, event(2));
                events.publish(aliceId, event(1));
                Thread.sleep(100);
            }

            JsonNode result = received.get(30, TimeUnit.SECONDS);
            assertEquals("string", result.path("result").path("type").asText(), "the page got an event: " + result);
            JsonNode message = JSON.readTree(result.path("result").path("value").asText());
            assertEquals("event", message.path("type").asText());
            assertEquals(1, message.path("event").path("jobId").asLong(), "alice's job, never bob's: " + message);
        }
    }

    private static JobEvent event(long jobId) {
        return new JobEvent(JobEvent.STATUS, jobId, null, Instant.now(), Map.of("status", "RUNNING"));
    }
}
