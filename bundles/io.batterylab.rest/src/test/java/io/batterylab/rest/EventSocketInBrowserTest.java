package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.core.service.JobEvent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event WebSocket from a page in a real browser (headless Chromium, driven over its DevTools protocol): the API
 * page, under its Content-Security-Policy, opens {@code /api/ws}, authenticates with its first message and receives
 * the event published for its user, not the other user's published just before.
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
    private Process chromium;
    private DevTools devTools;

    @AfterEach
    void stopChromium() {
        if (devTools != null) {
            devTools.socket.abort();
        }
        if (chromium != null) {
            chromium.destroyForcibly();
        }
    }

    @Test
    void givenTheApiPageInChromium_whenItOpensTheSocket_thenItReceivesItsUsersEventOnly() throws Exception {
        String alice = userToken("alice");
        long aliceId = userId(alice);
        long bobId = userId(userToken("bob"));
        devTools = openPage(base + "/api/docs");
        awaitTrue(() -> evaluate("location.href").path("value").asText().startsWith(base), "the page loaded");

        CompletableFuture<JsonNode> received = devTools.call("Runtime.evaluate", JSON.createObjectNode()
                .put("expression", OPEN_SOCKET.formatted(alice)).put("awaitPromise", true)
                .put("returnByValue", true));
        awaitTrue(() -> server.streams().openStreams(aliceId) == 1 || received.isDone(), "the page authenticated");
        while (!received.isDone()) {
            events.publish(bobId, event(2));
            events.publish(aliceId, event(1));
            Thread.sleep(100);
        }

        JsonNode result = received.get(30, TimeUnit.SECONDS).path("result");
        assertEquals("string", result.path("result").path("type").asText(), "the page got an event: " + result);
        JsonNode message = JSON.readTree(result.path("result").path("value").asText());
        assertEquals("event", message.path("type").asText());
        assertEquals(1, message.path("event").path("jobId").asLong(), "alice's job, never bob's: " + message);
    }

    private JsonNode evaluate(String expression) {
        try {
            return devTools.call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                    .put("returnByValue", true)).get(10, TimeUnit.SECONDS).path("result").path("result");
        } catch (Exception e) {
            throw new IllegalStateException("DevTools did not answer: " + e, e);
        }
    }

    /** Starts Chromium on the page and connects to the page's DevTools socket. */
    private DevTools openPage(String url) throws Exception {
        Path log = profile.resolve("chromium.log");
        chromium = new ProcessBuilder(Chromium.command(profile, "--remote-debugging-port=0", url))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String[] endpoint = new String[1];
        awaitTrue(() -> {
            try {
                String text = Files.readString(log);
                int at = text.indexOf("DevTools listening on ws://");
                if (at >= 0 && text.indexOf('\n', at) > 0) {
                    endpoint[0] = text.substring(at + "DevTools listening on ".length(), text.indexOf('\n', at));
                }
                return endpoint[0] != null;
            } catch (Exception e) {
                return false;
            }
        }, "chromium's DevTools endpoint");
        URI browser = URI.create(endpoint[0].trim());
        HttpResponse<String> targets = send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://" + browser.getAuthority() + "/json/list")).GET().build());
        for (JsonNode target : JSON.readTree(targets.body())) {
            if ("page".equals(target.path("type").asText())) {
                DevTools tools = new DevTools();
                tools.socket = http.newWebSocketBuilder()
                        .buildAsync(URI.create(target.path("webSocketDebuggerUrl").asText()), tools)
                        .get(10, TimeUnit.SECONDS);
                return tools;
            }
        }
        throw new AssertionError("no page in chromium: " + targets.body());
    }

    private static JobEvent event(long jobId) {
        return new JobEvent(JobEvent.STATUS, jobId, null, Instant.now(), Map.of("status", "RUNNING"));
    }

    /** Calls of the DevTools protocol over the page's socket, each answered by the message with its id. */
    private static final class DevTools implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        CompletableFuture<JsonNode> call(String method, ObjectNode params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", params);
            socket.sendText(message.toString(), true).join();
            return answer;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt(-1));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("unreadable DevTools message: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
