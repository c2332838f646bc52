package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.service.JobEvent;
import io.batterylab.rest.stream.StreamLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limits of the live event streams against the real server on loopback: caps per user and per client address
 * ({@code 127.0.0.2} is loopback too), streams ended by logout and expiry, and a client that stops reading.
 */
class EventStreamLimitsTest extends RestFixture {
    private static final int PER_USER = 3;
    private static final int PER_ADDRESS = 5;
    private static final int BUFFER = 8 * 1024;

    private final List<RawHttpConnection> connections = new ArrayList<>();

    @Override
    StreamLimits streamLimits() {
        return new StreamLimits(PER_USER, PER_ADDRESS, BUFFER, Duration.ofMillis(300));
    }

    @Test
    void givenUserAtTheCap_whenOpeningOneMore_then429InTheErrorShapeWhileAnotherUserIsServed() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        for (int i = 0; i < PER_USER; i++) {
            keep(openEvents(alice, "127.0.0.1"));
        }

        RawHttpConnection.Response refused = keep(requestEvents(alice, "127.0.0.2")).read();

        assertEquals(429, refused.status(), refused.body());
        JsonNode body = JSON.readTree(refused.body());
        assertEquals("too_many_streams", body.get("error").asText());
        assertTrue(body.get("message").asText().contains("3 open event streams"), refused.body());
        assertEquals(PER_USER, body.get("limit").asInt());
        keep(openEvents(bob, "127.0.0.1"));
        assertEquals(200, get("/api/health", null).statusCode());
    }

    @Test
    void givenAddressAtTheCap_whenAnotherUserOpensFromIt_then429ButFromAnotherAddressTheyAreServed()
            throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        for (int i = 0; i < PER_USER; i++) {
            keep(openEvents(alice, "127.0.0.3"));
        }
        keep(openEvents(bob, "127.0.0.3"));
        keep(openEvents(bob, "127.0.0.3"));

        RawHttpConnection.Response refused = keep(requestEvents(bob, "127.0.0.3")).read();

        assertEquals(429, refused.status(), refused.body());
        assertTrue(JSON.readTree(refused.body()).get("message").asText().contains("127.0.0.3"), refused.body());
        keep(openEvents(bob, "127.0.0.4"));
    }

    @Test
    void givenStreamsClosedByTheClient_thenTheirPlacesAreFreeWithinAFewHeartbeats() throws Exception {
        String alice = userToken("alice");
        for (int i = 0; i < PER_USER; i++) {
            openEvents(alice, "127.0.0.1").close();
        }

        awaitTrue(() -> server.streams().openStreams() == 0, "closed streams are noticed and released");
        keep(openEvents(alice, "127.0.0.1"));
    }

    @Test
    void givenTwoStreamsOfOneUser_whenOneTokenIsLoggedOut_thenItsStreamEndsAndTheOtherGoesOn() throws Exception {
        String first = userToken("alice");
        String second = login("alice");
        RawHttpConnection ended = keep(openEvents(first, "127.0.0.1"));
        RawHttpConnection goesOn = keep(openEvents(second, "127.0.0.1"));

        assertEquals(204, postJson("/api/auth/logout", first, "").statusCode());

        assertTrue(ended.awaitLine("event: end"));
        assertTrue(ended.awaitLine("data: {\"reason\":\"token_revoked\"}"));
        assertTrue(ended.awaitEndOfChunkedBody(), "the response of the logged-out token ends");
        awaitTrue(() -> server.streams().openStreams() == 1, "the ended stream is released");
        events.publish(userId(second), new JobEvent(JobEvent.LOG, 1, null, clock.instant(), Map.of("line", "x")));
        assertTrue(goesOn.awaitLine("event: log"), "the other token's stream still delivers");
        assertFalse(goesOn.closedByServerWithin(Duration.ofMillis(700)));
    }

    @Test
    void givenOpenStream_whenItsTokenExpires_thenTheStreamEnds() throws Exception {
        String alice = userToken("alice");
        RawHttpConnection stream = keep(openEvents(alice, "127.0.0.1"));

        clock.advance(Duration.ofHours(1));

        assertTrue(stream.awaitLine("data: {\"reason\":\"token_expired\"}"));
        assertTrue(stream.awaitEndOfChunkedBody());
        awaitTrue(() -> server.streams().openStreams() == 0, "the expired stream is released");
    }

    @Test
    void givenClientThatStopsReading_whenEventsPileUp_thenItsStreamIsDroppedAndTheUserCanReconnect()
            throws Exception {
        String alice = userToken("alice");
        long aliceId = userId(alice);
        RawHttpConnection stuck = keep(new RawHttpConnection(base, "127.0.0.1", 4096));
        stuck.sendHead("GET", "/api/events", Map.of("Authorization", "Bearer " + alice));
        assertEquals(200, stuck.readHead().status());
        String line = "x".repeat(1000);

        // far more than the kernel's socket buffers on both ends can hold, so the server's writes must stall
        for (int i = 0; i < 20_000 && server.streams().openStreams(aliceId) > 0; i++) {
            events.publish(aliceId, new JobEvent(JobEvent.LOG, 1, null, clock.instant(), Map.of("line", line)));
        }

        awaitTrue(() -> server.streams().openStreams(aliceId) == 0, "the stuck stream is dropped");
        assertTrue(stuck.closedByServerWithin(Duration.ofSeconds(10)), "its connection is closed");
        keep(openEvents(alice, "127.0.0.1"));
    }

    @AfterEach
    void closeConnections() throws Exception {
        for (RawHttpConnection c : connections) {
            c.close();
        }
    }

    private RawHttpConnection keep(RawHttpConnection connection) {
        connections.add(connection);
        return connection;
    }
}
