package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads that are ambiguous or that try to hold the server: refused clearly, nothing stored, the server serves on. */
class UploadAbuseTest extends RestFixture {
    private static final long MIN_RATE = 2000;
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final String BOUNDARY = "b0undary";

    @Override
    RestConfig.MinimumRate minRequestRate() {
        return new RestConfig.MinimumRate(MIN_RATE, GRACE);
    }

    @AfterEach
    void serverStillServes() throws Exception {
        assertEquals(200, get("/api/health", null).statusCode(), "the server keeps serving");
    }

    @Test
    void givenTwoFileParts_whenUploading_then400NamingTheProblemAndNothingStored() throws Exception {
        String token = userToken("twofiles");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(part("a.csv", csv("a", 5)));
        body.writeBytes(part("b.csv", csv("b", 5)));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = send(request("/api/uploads", token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());

        assertError(400, "several_files", r);
        assertEquals("the form has 2 parts named 'file'; send one file per request", json(r).get("message").asText());
        assertNothingStored(token);
    }

    @Test
    void givenAClientTricklingItsBody_whenUploading_thenCutOffWith408SoonAfterTheGracePeriod() throws Exception {
        String token = userToken("trickler");
        byte[] body = part("slow.csv", csv("slow", 2000));
        long start = System.nanoTime();
        RawHttpConnection.Response answer;
        try (RawHttpConnection raw = new RawHttpConnection(base)) {
            raw.sendHead("POST", "/api/uploads", headers(token, body.length));
            int sent = 0;
            try {
                while (sent < body.length && millisSince(start) < 20_000) { // 500 bytes/s, a quarter of the minimum
                    raw.send(java.util.Arrays.copyOfRange(body, sent, Math.min(body.length, sent + 50)));
                    sent += 50;
                    Thread.sleep(100);
                    if (raw.hasAnswer()) {
                        break;
                    }
                }
            } catch (java.io.IOException closed) {
                // the server may close the connection while the client still writes; its answer is already there
            }
            answer = raw.read();
        }

        long millis = millisSince(start);
        assertEquals(408, answer.status(), answer.body());
        assertTrue(answer.body().contains("slower than the minimum of " + MIN_RATE + " bytes per second"), answer.body());
        assertTrue(answer.announcesClose(), "the connection is closed after the answer");
        assertTrue(millis < GRACE.toMillis() + 3_000, "cut off after " + millis + " ms");
        assertNothingStored(token);
    }

    @Test
    void givenAClientThatStopsSending_whenUploading_thenCutOffAfterTheGracePeriodNotTheIdleTimeout() throws Exception {
        String token = userToken("staller");
        byte[] body = part("stalled.csv", csv("stalled", 50));
        long start = System.nanoTime();
        RawHttpConnection.Response answer;
        try (RawHttpConnection raw = new RawHttpConnection(base)) {
            raw.sendHead("POST", "/api/uploads", headers(token, body.length + 10_000));
            raw.send(body); // 10,000 promised bytes never come
            answer = raw.read();
        }

        long millis = millisSince(start);
        assertEquals(408, answer.status(), answer.body());
        assertTrue(millis >= GRACE.toMillis() && millis < GRACE.toMillis() + 3_000, "cut off after " + millis + " ms");
        assertNothingStored(token);
    }

    private static Map<String, String> headers(String token, int length) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY,
                "Content-Length", Integer.toString(length));
    }

    private static byte[] part(String fileName, byte[] content) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return part.toByteArray();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
