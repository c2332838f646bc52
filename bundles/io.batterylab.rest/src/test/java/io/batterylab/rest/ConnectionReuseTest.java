package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rejected request must not break the connection under the client: either the connection serves the next request,
 * or the reply says {@code Connection: close}. A silent close makes a keep-alive client's next request fail with no
 * answer at all (seen as "header parser received no bytes" from java.net.http, under load).
 */
class ConnectionReuseTest extends RestFixture {

    @Test
    void givenMalformedMultipart_whenRejected_thenTheSameConnectionServesTheNextRequest() throws Exception {
        String token = userToken("garbler");
        byte[] garbage = "garbage without parts".getBytes(StandardCharsets.UTF_8);
        try (RawHttpConnection connection = new RawHttpConnection(base)) {
            connection.sendHead("POST", "/api/uploads", Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "multipart/form-data; boundary=b0undary", "Content-Length", "" + garbage.length));
            connection.send(garbage);
            RawHttpConnection.Response rejected = connection.read();
            assertEquals(400, rejected.status(), rejected.body());
            assertTrue(rejected.body().contains("malformed_multipart"), rejected.body());
            assertFalse(rejected.announcesClose(), "the body was read to its end: no reason to close");

            connection.sendHead("GET", "/api/health", Map.of());
            assertEquals(200, connection.read().status());
        }
    }

    @Test
    void givenBodyNotSentYet_whenRejectedBeforeReadingIt_thenTheReplyAnnouncesTheClose() throws Exception {
        String token = userToken("hasty");
        try (RawHttpConnection connection = new RawHttpConnection(base)) {
            connection.sendHead("POST", "/api/uploads", Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/json", "Content-Length", "2"));
            RawHttpConnection.Response rejected = connection.read();

            assertEquals(415, rejected.status(), rejected.body());
            assertTrue(rejected.announcesClose(), "the server cannot reuse a connection whose body is still coming: "
                    + rejected.headers());
        }
    }
}
