package io.batterylab.rest.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.service.JobEvent;
import io.batterylab.rest.http.Caller;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.resources.EventResource.JobEventView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON text messages of the event WebSocket. The client sends one: {@code {"type":"auth","token":"<jwt>"}}. The
 * server sends {@code {"type":"ready", ...}} once the token is accepted, then {@code {"type":"event","id":n,
 * "event":{...}}} per job event (the same object as the event stream's {@code data:} line), and
 * {@code {"type":"end","reason":...,"message":...}} just before it closes the socket.
 */
public final class SocketMessages {
    private final Json json;

    public SocketMessages(Json json) {
        this.json = json;
    }

    /** The token of an auth message, or empty when the text is anything else. */
    public Optional<String> authToken(String text) {
        JsonNode message;
        try {
            message = json.mapper().readTree(text);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (message == null || !"auth".equals(message.path("type").asText())
                || !message.path("token").isTextual() || message.path("token").asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(message.path("token").asText());
    }

    public String ready(Caller caller) {
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("type", "ready");
        ready.put("userId", caller.userId());
        ready.put("expiresAt", caller.expiresAt().toString());
        return write(ready);
    }

    public String event(long id, JobEvent event) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "event");
        message.put("id", id);
        message.put("event", JobEventView.of(event));
        return write(message);
    }

    public String end(SocketClose close, String explanation) {
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("type", "end");
        end.put("reason", close.reason());
        end.put("code", close.code());
        end.put("message", explanation);
        return write(end);
    }

    private String write(Object message) {
        return new String(json.write(message), StandardCharsets.UTF_8);
    }
}
