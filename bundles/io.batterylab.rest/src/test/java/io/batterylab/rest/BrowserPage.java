package io.batterylab.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A page open in headless Chromium, driven over the DevTools protocol: scripts run in the page as the page's own
 * (same origin, same Content-Security-Policy), so a test can do what a user's page does.
 */
final class BrowserPage implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private Process chromium;
    private WebSocket socket;

    private BrowserPage() {
    }

    /** Starts Chromium on the URL (a fresh profile under {@code profiles}) and waits until the page has loaded. */
    static BrowserPage open(HttpClient http, Path profiles, String url) throws Exception {
        BrowserPage page = new BrowserPage();
        Path log = Files.createTempFile(profiles, "chromium", ".log");
        page.chromium = new ProcessBuilder(Chromium.command(profiles, "--remote-debugging-port=0", url))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI browser = devToolsEndpoint(log);
            HttpResponse<String> targets = http.send(HttpRequest.newBuilder(
                    URI.create("http://" + browser.getAuthority() + "/json/list")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(targets.body())) {
                if ("page".equals(target.path("type").asText())) {
                    page.socket = http.newWebSocketBuilder()
                            .buildAsync(URI.create(target.path("webSocketDebuggerUrl").asText()), page)
                            .get(10, TimeUnit.SECONDS);
                    page.awaitLoaded(url);
                    return page;
                }
            }
            throw new AssertionError("no page in chromium: " + targets.body());
        } catch (Exception | AssertionError e) {
            page.close();
            throw e;
        }
    }

    /** Runs the expression in the page; a promise is awaited. The DevTools answer ({@code result}, maybe with
     * {@code exceptionDetails}) completes the future. */
    CompletableFuture<JsonNode> evaluate(String expression) {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("awaitPromise", true)
                .put("returnByValue", true);
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        return answer.thenApply(m -> m.path("result"));
    }

    /** The value the expression gives, as a string; fails with the page's exception if it throws. */
    String valueOf(String expression) throws Exception {
        JsonNode result = evaluate(expression).get(30, TimeUnit.SECONDS);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page's script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value").asText();
    }

    private void awaitLoaded(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!valueOf("location.href + ' ' + document.readyState").equals(url + " complete")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page " + url + " did not load within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private static URI devToolsEndpoint(Path log) throws Exception {
        String prefix = "DevTools listening on ";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            int at = text.indexOf(prefix);
            int end = at < 0 ? -1 : text.indexOf('\n', at);
            if (end > 0) {
                return URI.create(text.substring(at + prefix.length(), end).trim());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chromium did not open its DevTools endpoint: " + Files.readString(log));
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

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        if (chromium != null) {
            chromium.destroyForcibly();
        }
    }
}
