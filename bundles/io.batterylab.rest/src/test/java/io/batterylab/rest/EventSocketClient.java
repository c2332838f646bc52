package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A client of the event WebSocket ({@link java.net.http.WebSocket}) that collects the server's messages. */
final class EventSocketClient implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the server closed the socket. */
    record Close(int code, String reason) {
    }

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final AtomicInteger pings = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean reading = true;
    private WebSocket socket;

    /** Opens {@code /api/ws} with the given handshake headers (e.g. an Origin); fails as the handshake does. */
    static EventSocketClient open(HttpClient http, String base, Map<String, String> headers) throws Exception {
        EventSocketClient client = new EventSocketClient();
        WebSocket.Builder builder = http.newWebSocketBuilder();
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/api/ws"), client)
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    static EventSocketClient open(HttpClient http, String base) throws Exception {
        return open(http, base, Map.of());
    }

    /** Opens the socket, authenticates with the token and waits for the ready message. */
    static EventSocketClient authenticated(HttpClient http, String base, String token) throws Exception {
        EventSocketClient client = open(http, base);
        client.send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
        assertEquals("ready", client.next().path("type").asText(), "the socket accepted the token");
        return client;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message from the server, waiting up to 10 s. */
    JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(10, TimeUnit.SECONDS);
        assertNotNull(message, "a message from the server within 10 s");
        return message;
    }

    /** The next message if one comes within the time, else null. */
    JsonNode poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** How the server closed the socket, waiting up to the given seconds. */
    Close awaitClose(long seconds) throws Exception {
        return closed.get(seconds, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Stops taking messages off the connection, like a client that hangs: the server's writes back up. */
    void stopReading() {
        reading = false;
    }

    int pings() {
        return pings.get();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                closed.completeExceptionally(e);
            }
            partial.setLength(0);
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        pings.incrementAndGet();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Close(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
