package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.service.JobEvent;
import io.batterylab.rest.stream.StreamLimits;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event WebSocket {@code /api/ws} against the real server on loopback with a real WebSocket client: auth by the
 * first message, per-user delivery, the documented close codes, logout and expiry, the shared stream limits, the
 * Origin check and the heartbeat pings.
 */
class EventSocketTest extends RestFixture {
    private static final int PER_USER = 2;

    private final List<EventSocketClient> clients = new ArrayList<>();

    @Override
    StreamLimits streamLimits() {
        return new StreamLimits(PER_USER, 50, 64 * 1024, Duration.ofMillis(300));
    }

    @AfterEach
    void closeClients() {
        clients.forEach(EventSocketClient::close);
    }

    @Test
    void givenAnAuthenticatedSocket_whenEventsArePublishedForTwoUsers_thenItReceivesOnlyItsOwnUsersEvent()
            throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        EventSocketClient socket = keep(EventSocketClient.open(http, base));

        socket.send("{\"type\":\"auth\",\"token\":\"" + alice + "\"}");
        JsonNode ready = socket.next();
        events.publish(userId(bob), status(2, "RUNNING"));
        events.publish(userId(alice), status(1, "SUCCEEDED"));

        assertEquals("ready", ready.path("type").asText());
        assertEquals(userId(alice), ready.path("userId").asLong());
        JsonNode event = socket.next();
        assertEquals("event", event.path("type").asText(), event.toString());
        assertEquals("status", event.path("event").path("kind").asText());
        assertEquals(1, event.path("event").path("jobId").asLong(), "alice's job, never bob's: " + event);
        assertEquals("SUCCEEDED", event.path("event").path("data").path("status").asText());
        assertNull(socket.poll(300), "nothing else arrives");
    }

    @Test
    void givenNoAuthMessage_whenTheAuthTimeoutPasses_thenClosedWith4408() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.open(http, base));

        EventSocketClient.Close close = socket.awaitClose(10);

        assertEquals(new EventSocketClient.Close(4408, "auth_timeout"), close);
        assertEquals("auth_timeout", socket.next().path("reason").asText(), "an end message says why first");
        awaitTrue(() -> server.sockets().openSockets() == 0, "the socket is forgotten");
    }

    @Test
    void givenABadToken_whenAuthenticating_thenClosedWith4401AndAnEndMessageNamingTheProblem() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.open(http, base));

        socket.send("{\"type\":\"auth\",\"token\":\"not-a-token\"}");

        JsonNode end = socket.next();
        assertEquals("end", end.path("type").asText());
        assertEquals("unauthorized", end.path("reason").asText());
        assertTrue(end.path("message").asText().length() > 10, end.toString());
        assertEquals(new EventSocketClient.Close(4401, "unauthorized"), socket.awaitClose(10));
    }

    @Test
    void givenAFirstMessageThatIsNotAuth_thenClosedWith4400() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.open(http, base));

        socket.send("hello");

        assertEquals(new EventSocketClient.Close(4400, "bad_message"), socket.awaitClose(10));
    }

    @Test
    void givenAnOpenSocket_whenItsTokenIsLoggedOut_thenClosedWith4401TokenRevoked() throws Exception {
        String alice = userToken("alice");
        EventSocketClient socket = keep(EventSocketClient.authenticated(http, base, alice));

        assertEquals(204, postJson("/api/auth/logout", alice, "").statusCode());

        assertEquals(new EventSocketClient.Close(4401, "token_revoked"), socket.awaitClose(10));
    }

    @Test
    void givenAnOpenSocket_whenItsTokenExpires_thenClosedWith4401TokenExpired() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.authenticated(http, base, userToken("alice")));

        clock.advance(Duration.ofHours(2));

        assertEquals(new EventSocketClient.Close(4401, "token_expired"), socket.awaitClose(10));
    }

    @Test
    void givenTheUserAtTheStreamLimit_whenOneMoreSocketAuthenticates_thenClosedWith4429UntilOneCloses()
            throws Exception {
        String alice = userToken("alice");
        try (EventStream stream = new EventStream(http, base, alice)) {
            stream.awaitConnected();
            EventSocketClient first = keep(EventSocketClient.authenticated(http, base, alice));
            EventSocketClient refused = keep(EventSocketClient.open(http, base));

            refused.send("{\"type\":\"auth\",\"token\":\"" + alice + "\"}");

            assertTrue(refused.next().path("message").asText().contains(PER_USER + " open event streams"));
            assertEquals(new EventSocketClient.Close(4429, "too_many_streams"), refused.awaitClose(10));
            keep(EventSocketClient.authenticated(http, base, userToken("bob")));
            long aliceId = userId(alice);
            first.close();
            awaitTrue(() -> server.streams().openStreams(aliceId) == 1, "the closed socket's place is free");
            keep(EventSocketClient.authenticated(http, base, alice));
        }
    }

    @Test
    void givenAClientThatStopsReading_whenEventsPileUp_thenItIsDroppedAndItsPlaceFreedInsteadOfBufferingWithoutBound()
            throws Exception {
        String alice = userToken("alice");
        long aliceId = userId(alice);
        EventSocketClient socket = keep(EventSocketClient.authenticated(http, base, alice));
        socket.stopReading();

        JobEvent line = new JobEvent(JobEvent.LOG, 1, null, Instant.now(), Map.of("line", "x".repeat(32 * 1024)));
        for (int i = 0; i < 4000 && server.streams().openStreams(aliceId) > 0; i++) {
            events.publish(aliceId, line);
        }

        awaitTrue(() -> server.streams().openStreams(aliceId) == 0, "the stuck socket is dropped, its place freed");
        awaitTrue(() -> server.sockets().openSockets() == 0, "and forgotten");
    }

    @Test
    void givenAPageOfAnotherOrigin_whenOpening_then403ButTheServersOwnOriginIsServed() throws Exception {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> EventSocketClient.open(http, base, Map.of("Origin", "http://evil.example")));

        HttpResponse<?> answer = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause()).getResponse();
        assertEquals(403, answer.statusCode());
        keep(EventSocketClient.open(http, base, Map.of("Origin", base))).send("{}");
    }

    @Test
    void givenAPlainGet_then426InTheErrorShape() throws Exception {
        assertError(426, "upgrade_required", get("/api/ws", null));
    }

    @Test
    void givenAQuietSocket_thenTheServerPingsIt() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.authenticated(http, base, userToken("alice")));

        awaitTrue(() -> socket.pings() >= 2, "heartbeat pings");
    }

    @Test
    void givenAnOpenSocket_whenTheServerStops_thenClosedWith1001() throws Exception {
        EventSocketClient socket = keep(EventSocketClient.authenticated(http, base, userToken("alice")));

        server.stop();

        assertEquals(new EventSocketClient.Close(1001, "server_stopping"), socket.awaitClose(10));
        assertEquals("server_stopping", socket.next().path("reason").asText());
    }

    private EventSocketClient keep(EventSocketClient client) {
        clients.add(client);
        return client;
    }

    private static JobEvent status(long jobId, String status) {
        return new JobEvent(JobEvent.STATUS, jobId, null, Instant.now(), Map.of("status", status));
    }
}
