package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.rest.RawHttpConnection.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The login throttle through the real server, with clients on different loopback addresses (127.0.0.2 and
 * 127.0.0.3 reach the server on 127.0.0.1 like any other client): a guesser slows down themselves, not the owner.
 */
class LoginThrottleApiTest extends RestFixture {
    private static final String ATTACKER = "127.0.0.2";
    private static final String OWNER_ELSEWHERE = "127.0.0.3";

    @Test
    void givenGuessesFromOneAddress_thenThatAddressGets429WithRetryAfter_whileTheOwnerLogsInFromAnother()
            throws Exception {
        userToken("frank");
        for (int i = 0; i < 4; i++) {
            assertError(401, "invalid_credentials", login(ATTACKER, "frank", "guess guess " + i));
        }

        Response blocked = login(ATTACKER, "frank", PASSWORD);
        assertEquals(429, blocked.status(), "even the right password waits: " + blocked.body());
        assertEquals("too_many_attempts", body(blocked).get("error").asText());
        assertEquals("2", blocked.headers().get("retry-after"), "three free tries, then 2 s, doubling");
        assertEquals(200, login(OWNER_ELSEWHERE, "frank", PASSWORD).status(), "the owner from another address");
        assertEquals(200, postJson("/api/auth/login", null,
                "{\"username\":\"frank\",\"password\":\"" + PASSWORD + "\"}").statusCode(), "and from 127.0.0.1");

        clock.advance(Duration.ofSeconds(2));
        assertEquals(401, login(ATTACKER, "frank", "guess again").status(), "the wait has passed");
        assertEquals("4", login(ATTACKER, "FRANK", PASSWORD).headers().get("retry-after"),
                "the next wait is longer, whatever the spelling of the name");
    }

    @Test
    void givenManyNamesTriedFromOneAddress_thenNewcomersBehindItWaitBriefly_butKnownUsersAndOthersNot()
            throws Exception {
        userToken("grace"); // registered and logged in from 127.0.0.1
        for (int i = 0; i < 21; i++) {
            assertError(401, "invalid_credentials", login(ATTACKER, "user" + i, "guess guess"));
        }

        Response newcomer = login(ATTACKER, "grace", PASSWORD);
        assertEquals(429, newcomer.status(), newcomer.body());
        long retryAfter = Long.parseLong(newcomer.headers().get("retry-after"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "a short wait: " + retryAfter);
        assertEquals(200, login(OWNER_ELSEWHERE, "grace", PASSWORD).status(), "another address is not slowed");
        clock.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, login(ATTACKER, "grace", PASSWORD).status(), "after the wait the right password works");
        for (int i = 21; i < 30; i++) {
            login(ATTACKER, "user" + i, "guess guess");
        }
        assertEquals(200, login(ATTACKER, "grace", PASSWORD).status(),
                "grace's login from this address is now known: the noisy neighbour no longer delays it");
    }

    private Response login(String from, String name, String password) throws IOException {
        byte[] body = ("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try (RawHttpConnection connection = new RawHttpConnection(base, from)) {
            connection.sendHead("POST", "/api/auth/login", Map.of("Content-Type", "application/json",
                    "Content-Length", Integer.toString(body.length), "Connection", "close"));
            connection.send(body);
            return connection.read();
        }
    }

    private static JsonNode body(Response response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static void assertError(int status, String code, Response response) throws IOException {
        assertEquals(status, response.status(), response.body());
        assertEquals(code, body(response).get("error").asText(), response.body());
    }
}
